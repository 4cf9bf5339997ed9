// The size budget of the first page (docs/benchmarks.md, "Web app size"): the JavaScript a browser
// loads to show /sign-in, gzipped, must stay under BUDGET_KB, or the build fails. It reads
// dist/index.html and Vite's manifest (dist/.vite/manifest.json) and follows the entry chunk's
// static imports — what the browser fetches (the modulepreload links) before the page can render.
// The sign-in page's route and messages are in the entry (app/routes.tsx). What the page fetches
// once it is on the screen — its form's check: zod, the schema, the problem messages — is printed
// after, not counted (docs/decisions/0025-web-serving.md). A figure, not a time: it does not depend
// on the machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** The goal is under 150 KB; measured 139.4 KB on 3 December 2026 (docs/benchmarks.md). */
const BUDGET_KB = 145;
/** What the sign-in page imports once it is on the screen (features/auth/api/sign-in.ts). */
const AFTER_THE_PAGE = ['src/features/auth/api/sign-in-contract.ts', 'src/lib/i18n/problem-runtime.ts'];
const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');

const files = new Set(
  [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]),
);
const visited = new Set();
const follow = (key, into) => {
  if (visited.has(key)) return;
  visited.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) follow(imported, into);
};
follow('index.html', files);
const later = new Set();
for (const key of AFTER_THE_PAGE) follow(key, later);

const measure = (file) => {
  const bytes = readFileSync(path.join(dist, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  };
};
const sizes = [...files].map(measure);
const laterSizes = [...later].map(measure);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sumOf = (list, key) => list.reduce((total, size) => total + size[key], 0);
const sum = (key) => sumOf(sizes, key);
const print = (list) => {
  for (const { file, raw, gzip } of list.sort((a, b) => b.gzip - a.gzip))
    console.info(`${file.padEnd(48)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)} gzipped`);
};
print(sizes);
console.info(
  `The sign-in page loads ${sizes.length} scripts: ${kb(sum('raw'))}, ${kb(sum('gzip'))} gzipped ` +
    `(${kb(sum('brotli'))} with Brotli); budget ${BUDGET_KB} KB gzipped.`,
);
print(laterSizes);
console.info(
  `Once it is on the screen it fetches its form's check, ${laterSizes.length} scripts: ` +
    `${kb(sumOf(laterSizes, 'raw'))}, ${kb(sumOf(laterSizes, 'gzip'))} gzipped (not counted).`,
);
if (sum('gzip') > BUDGET_KB * 1024) {
  console.error(
    `Over the budget by ${kb(sum('gzip') - BUDGET_KB * 1024)}: see docs/benchmarks.md, "Web app size".`,
  );
  process.exit(1);
}
