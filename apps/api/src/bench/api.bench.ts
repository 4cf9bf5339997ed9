/**
 * `npm run bench:api` — not part of the tests. Measures the API's read paths against the same work
 * done the plain way, in the same run, interleaved over rounds (docs/benchmarks.md, "Read paths"):
 *
 * - the assignment matrix (GET /api/reviews/:id/assignments) and the progress dashboard
 *   (GET /api/reviews/:id/progress), signed in as the coordinator, against a bare Express
 *   handler running one SQL query for the same rows and sending them as JSON, at the demo
 *   review's 34 assignments and at 600 (added by SQL);
 * - GET /api/catalogue (anonymous) against bare Express sending the same JSON with `res.json`;
 * - the API process's resident memory at rest (`BENCH_REST_SECONDS` without requests) after its
 *   start and after a minute more of load, and at the end of each load, with V8's heap spaces and
 *   where the resident memory lives (decision 0033);
 * - the resident memory of the root `start` script's command at rest, on a first start and on a
 *   restart (idle-start.ts; `BENCH_IDLE=false` skips it).
 *
 * The API and the baselines run in child processes of their own (so the API's memory is its own
 * and the load generator does not share their event loop); the load is a keep-alive client of
 * `BENCH_CONNECTIONS` (10) connections. Prints requests/s, the ratios and the goals.
 */
import 'reflect-metadata';
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { createPrismaClient, DEMO_PASSWORD, type PrismaClient, seedDemo } from '@gcm/db';
import { createTestDatabase, ensureTestServer } from '@gcm/db/testing';
import { CATALOGUE } from '@gcm/domain';
import express from 'express';
import { loadConfig, REPO_ROOT } from '../config/config';
import { createApp } from '../main';
import { RUNTIME_ENVIRONMENT, releaseMemoryAtRest } from '../memory-at-rest';
import { idleMemory, startCommand } from './idle-start';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const LARGE = 600;
/** How long the API is left without requests before its memory is read "at rest" (decision 0033). */
const REST_SECONDS = Number(process.env.BENCH_REST_SECONDS ?? 20);
/** The environment the product starts with (BENCH_RUNTIME_ENV=false: what-if, without it). */
const API_ENV = process.env.BENCH_RUNTIME_ENV === 'false' ? {} : RUNTIME_ENVIRONMENT;
const describeEnv = (env: Record<string, string>) =>
  Object.entries(env)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ') || 'none';
const rest = () => new Promise((resolve) => setTimeout(resolve, REST_SECONDS * 1000));

/**
 * As `rest`, reading the process's RSS every 2 s meanwhile (MB): when the memory came back, or
 * that it did not (the API gives it back after 10 s of a nearly idle event loop, decision 0033).
 */
async function restWatching(pid: number): Promise<number[]> {
  const seen: number[] = [];
  const started = performance.now();
  const until = (second: number) =>
    new Promise((resolve) => setTimeout(resolve, Math.max(0, started + second * 1000 - performance.now())));
  for (let second = 2; second <= REST_SECONDS; second += 2) {
    await until(second);
    seen.push(rssMb(pid));
  }
  await until(REST_SECONDS);
  return seen;
}

/** The rows of the matrix, as the plain way would read them: one query, the same joins. */
const MATRIX_SQL = `
  SELECT a.id, a.review_id, a.question_id, a.organisation_id, a.role::text AS role, a.state::text AS state,
         a.version, a.updated_at, to_char(a.due_date, 'YYYY-MM-DD') AS due_date,
         r.title AS review_title, r.time_zone, q.code, q.prompt, q.cluster_number,
         o.name AS organisation_name, o.short_name, o.type::text AS organisation_type, c.word_count,
         COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'email', p.email) ORDER BY p.name)
                     FROM assignment_focal_point f JOIN person p ON p.id = f.person_id
                    WHERE f.assignment_id = a.id), '[]'::json) AS focal_points
    FROM assignment a
    JOIN review r ON r.id = a.review_id
    JOIN question q ON q.id = a.question_id
    JOIN organisation o ON o.id = a.organisation_id
    LEFT JOIN contribution c ON c.assignment_id = a.id
   WHERE a.review_id = $1::uuid
   ORDER BY q."order", a.role, o.name`;

/** The rows of the dashboard the plain way: counts per organisation and state in SQL. */
const PROGRESS_SQL = `
  SELECT o.id, o.name, o.short_name, o.type::text AS type, a.state::text AS state, count(*)::int AS n,
         count(*) FILTER (WHERE a.due_date < (now() AT TIME ZONE r.time_zone)::date
                            AND a.state NOT IN ('submitted', 'accepted'))::int AS overdue
    FROM assignment a
    JOIN review r ON r.id = a.review_id
    JOIN organisation o ON o.id = a.organisation_id
   WHERE a.review_id = $1::uuid
   GROUP BY o.id, o.name, o.short_name, o.type, a.state
   ORDER BY o.name`;

type Message = { port: number; publicUrl?: string };

// Child processes: the API, and the baselines.

async function serveApi(databaseUrl: string): Promise<void> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    SECRET_KEY: 'benchmark-secret-key-0123456789abcdefghij',
    REDIS_URL: '',
    QUEUE_PREFIX: `bench${Date.now()}`,
    STORAGE_DIR: path.join(REPO_ROOT, '.data', 'bench'),
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  // As startServer does.
  releaseMemoryAtRest();
  const { port } = app.getHttpServer().address() as AddressInfo;
  process.send?.({ port, publicUrl: config.publicUrl } satisfies Message);
  // Asked by the parent: the memory held once garbage is collected, and where (JS heap or outside it).
  process.on('message', () => {
    globalThis.gc?.();
    const spaces = Object.fromEntries(
      v8.getHeapSpaceStatistics().map((space) => [space.space_name, space.space_size]),
    );
    process.send?.({ ...process.memoryUsage(), spaces });
  });
}

async function serveBaselines(databaseUrl: string): Promise<void> {
  const prisma = createPrismaClient(databaseUrl, { max: 10 });
  const app = express();
  app.get('/matrix/:reviewId', async (request, response) => {
    response.json(await prisma.$queryRawUnsafe(MATRIX_SQL, request.params.reviewId));
  });
  app.get('/progress/:reviewId', async (request, response) => {
    response.json(await prisma.$queryRawUnsafe(PROGRESS_SQL, request.params.reviewId));
  });
  app.get('/catalogue', (_request, response) => {
    response.json(CATALOGUE);
  });
  const server = app.listen(0, '127.0.0.1', () => {
    process.send?.({ port: (server.address() as AddressInfo).port } satisfies Message);
  });
}

function start(role: string, databaseUrl: string): Promise<{ child: ChildProcess; message: Message }> {
  const child = fork(__filename, [role, databaseUrl], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    // The API starts as the product does; --expose-gc lets the bench ask for the JS heap in use.
    env: role === 'serve-api' ? { ...process.env, ...API_ENV } : process.env,
    execArgv: ['--expose-gc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve({ child, message: message as Message }));
    child.once('exit', (code) => reject(new Error(`${role} exited with ${code}`)));
  });
}

// The load generator.

interface Target {
  name: string;
  port: number;
  path: string;
  headers?: Record<string, string>;
}

/** Requests/s answered 200 by `CONNECTIONS` keep-alive connections asking one after the other for `seconds`. */
async function load(target: Target, seconds: number): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let answered = 0;
  let failed = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const request = http.get(
        { agent, host: '127.0.0.1', port: target.port, path: target.path, headers: target.headers },
        (response) => {
          if (response.statusCode === 200) answered += 1;
          else failed += 1;
          response.resume();
          response.on('end', resolve);
        },
      );
      request.on('error', () => {
        failed += 1;
        resolve();
      });
    });
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end) await one();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  if (failed > 0) throw new Error(`${target.name}: ${failed} requests failed`);
  return answered / elapsed;
}

/** The API process's heap and what it holds outside the JS heap, in MB. */
function memoryOf(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    child.once('message', (usage) => {
      const { heapUsed, heapTotal, external, arrayBuffers, spaces } = usage as NodeJS.MemoryUsage & {
        spaces: Record<string, number>;
      };
      const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
      resolve(
        `heap ${mb(heapUsed)}/${mb(heapTotal)} MB, external ${mb(external)} MB (buffers ${mb(arrayBuffers)} MB) ` +
          `[${Object.entries(spaces)
            .map(([name, size]) => `${name.replace('_space', '')} ${mb(size)}`)
            .join(', ')}]; resident: ${residentBreakdown(child.pid ?? 0)} MB`,
      );
    });
    child.send('memory');
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/**
 * Where a process's resident memory is, from /proc/<pid>/smaps, in MB: glibc malloc (the `[heap]`
 * of the main arena and the other arenas, each mapped at a 64 MB boundary), WebAssembly memories
 * (reserved several GB at a time), mapped files (the node binary, libraries), and the rest of the
 * anonymous memory (V8's heap pages, thread stacks).
 */
function residentBreakdown(pid: number): string {
  const sums = { malloc: 0, wasm: 0, files: 0, other: 0 };
  let kind: keyof typeof sums = 'other';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const mapping = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ (\d+)\s*(.*)$/.exec(line);
    if (mapping) {
      const start = BigInt(`0x${mapping[1]}`);
      const size = BigInt(`0x${mapping[2]}`) - start;
      const name = mapping[4] ?? '';
      if (name === '[heap]') kind = 'malloc';
      else if (name.startsWith('/')) kind = 'files';
      else if (size >= 4n << 30n) kind = 'wasm';
      else if (!name && start % (64n << 20n) === 0n && size <= 64n << 20n) kind = 'malloc';
      else kind = 'other';
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) sums[kind] += Number(rss[1]);
  }
  return Object.entries(sums)
    .map(([name, kb]) => `${name} ${(kb / 1024).toFixed(0)}`)
    .join(', ');
}

async function signIn(port: number, publicUrl: string, email: string, password: string): Promise<string> {
  const body = JSON.stringify({ email, password });
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/auth/sign-in',
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Origin: publicUrl,
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (response) => {
        response.resume();
        const cookie = ([] as string[])
          .concat(response.headers['set-cookie'] ?? [])
          .find((value) => value.startsWith('gcm_session='));
        if (response.statusCode !== 200 || !cookie)
          reject(new Error(`sign-in failed: ${response.statusCode}`));
        else resolve(cookie.split(';')[0] ?? '');
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Grows the review to `total` assignments: new organisations of its workspace, each given every
 * question with that question's due date.
 */
async function growReview(prisma: PrismaClient, reviewId: string, total: number): Promise<number> {
  const [counts] = await prisma.$queryRaw<{ assignments: number; questions: number }[]>`
    SELECT (SELECT count(*)::int FROM assignment WHERE review_id = ${reviewId}::uuid) AS assignments,
           (SELECT count(*)::int FROM question WHERE review_id = ${reviewId}::uuid) AS questions`;
  const missing = total - (counts?.assignments ?? 0);
  const organisations = Math.ceil(missing / (counts?.questions ?? 1));
  await prisma.$executeRaw`
    INSERT INTO organisation (id, name, short_name, type, workspace_id, updated_at)
    SELECT gen_random_uuid(), 'Benchmark organisation ' || n, 'BENCH' || n, 'ngo', r.workspace_id, now()
      FROM review r, generate_series(1, ${organisations}::int) AS n WHERE r.id = ${reviewId}::uuid`;
  await prisma.$executeRaw`
    INSERT INTO assignment (id, review_id, question_id, organisation_id, role, due_date, state, updated_at)
    SELECT gen_random_uuid(), q.review_id, q.id, o.id, 'contributing',
           -- The question's due date, as a coordinator gives one to all its organisations.
           COALESCE((SELECT min(b.due_date) FROM assignment b WHERE b.question_id = q.id),
                    (SELECT max(b.due_date) FROM assignment b WHERE b.review_id = q.review_id)),
           'not_started', now()
      FROM question q CROSS JOIN organisation o
     WHERE q.review_id = ${reviewId}::uuid AND o.name LIKE 'Benchmark organisation %'
     ORDER BY o.name, q."order" LIMIT ${missing}::int`;
  // A focal point on each new assignment, as the matrix shows them.
  await prisma.$executeRaw`
    INSERT INTO assignment_focal_point (assignment_id, person_id)
    SELECT a.id, (SELECT f.person_id FROM assignment_focal_point f
                    JOIN assignment b ON b.id = f.assignment_id WHERE b.review_id = a.review_id LIMIT 1)
      FROM assignment a JOIN organisation o ON o.id = a.organisation_id
     WHERE a.review_id = ${reviewId}::uuid AND o.name LIKE 'Benchmark organisation %'`;
  const [after] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM assignment WHERE review_id = ${reviewId}::uuid`;
  return after?.n ?? 0;
}

interface Pair {
  name: string;
  api: Target;
  plain: Target;
  goal: number;
}

/** Each pair's API and plain rates, alternating, `ROUNDS` times; the median of each. */
async function measure(pairs: Pair[]): Promise<{ pair: Pair; api: number; plain: number }[]> {
  for (const pair of pairs) {
    await load(pair.api, 1);
    await load(pair.plain, 1);
  }
  const rates = new Map<string, { api: number[]; plain: number[] }>(
    pairs.map((p) => [p.name, { api: [], plain: [] }]),
  );
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const pair of pairs) {
      const entry = rates.get(pair.name);
      // Which side goes first alternates, so neither always meets a warmer database.
      const order = round % 2 === 0 ? (['api', 'plain'] as const) : (['plain', 'api'] as const);
      for (const side of order) entry?.[side].push(await load(pair[side], SECONDS));
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return pairs.map((pair) => {
    const entry = rates.get(pair.name) ?? { api: [], plain: [] };
    const api = median(entry.api);
    const plain = median(entry.plain);
    console.info(
      `  ${pair.name}: api ${entry.api.map(Math.round).join(', ')}/s; plain ${entry.plain.map(Math.round).join(', ')}/s`,
    );
    return { pair, api, plain };
  });
}

async function main(): Promise<void> {
  const stopServer = await ensureTestServer(REPO_ROOT);
  const db = await createTestDatabase();
  const prisma = createPrismaClient(db.url, { max: 2 });
  const children: ChildProcess[] = [];
  const lines: string[] = [];
  let failed = false;
  try {
    const { reviewId } = await seedDemo(prisma);
    const api = await start('serve-api', db.url);
    children.push(api.child);
    const plain = await start('serve-baselines', db.url);
    children.push(plain.child);
    const apiPid = api.child.pid ?? 0;
    await rest();
    const fresh = rssMb(apiPid);
    const freshDetail = await memoryOf(api.child);
    const cookie = await signIn(
      api.message.port,
      api.message.publicUrl ?? '',
      'coordinator@mfa.mn.example',
      DEMO_PASSWORD,
    );
    const apiTarget = (name: string, route: string): Target => ({
      name,
      port: api.message.port,
      path: route,
      headers: { Cookie: cookie },
    });
    const plainTarget = (name: string, route: string): Target => ({
      name,
      port: plain.message.port,
      path: route,
    });
    const reviewPairs = (n: number): Pair[] => [
      {
        name: `matrix, ${n} assignments`,
        api: apiTarget('matrix', `/api/reviews/${reviewId}/assignments`),
        plain: plainTarget('matrix SQL', `/matrix/${reviewId}`),
        goal: 0.33,
      },
      {
        name: `dashboard, ${n} assignments`,
        api: apiTarget('dashboard', `/api/reviews/${reviewId}/progress`),
        plain: plainTarget('dashboard SQL', `/progress/${reviewId}`),
        goal: 0.33,
      },
    ];
    const results = [];
    const [small] = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM assignment WHERE review_id = ${reviewId}::uuid`;
    results.push(
      ...(await measure([
        ...reviewPairs(small?.n ?? 0),
        {
          name: 'catalogue',
          // Anonymous, as the sign-in screens and the public pages ask for it.
          api: { name: 'catalogue', port: api.message.port, path: '/api/catalogue' },
          plain: plainTarget('catalogue Express', '/catalogue'),
          goal: 0.75,
        },
      ])),
    );
    const large = await growReview(prisma, reviewId, LARGE);
    results.push(...(await measure(reviewPairs(large))));
    const warm = rssMb(apiPid);
    // A minute of the heaviest reads, then the memory the process holds at once and at rest.
    await Promise.all([
      load(apiTarget('matrix', `/api/reviews/${reviewId}/assignments`), SOAK_SECONDS / 2),
      load(apiTarget('dashboard', `/api/reviews/${reviewId}/progress`), SOAK_SECONDS / 2),
    ]);
    await load(apiTarget('matrix', `/api/reviews/${reviewId}/assignments`), SOAK_SECONDS / 2);
    const loaded = rssMb(apiPid);
    const during = await restWatching(apiPid);
    const soaked = rssMb(apiPid);
    const soakedDetail = await memoryOf(api.child);
    for (const { pair, api: rate, plain: base } of results) {
      const ratio = rate / base;
      const ok = ratio >= pair.goal;
      failed ||= !ok;
      lines.push(
        `${pair.name}: api=${rate.toFixed(0)}/s, plain=${base.toFixed(0)}/s, ratio=${ratio.toFixed(3)} ` +
          `(goal >= ${pair.goal}: ${ok ? 'met' : 'NOT MET'})`,
      );
    }
    const growth = (soaked - fresh) / fresh;
    const mb = (value: number) => `${value.toFixed(0)} MB`;
    lines.push(
      `API memory (RSS, started with ${describeEnv(API_ENV)}): at rest after the start=${mb(fresh)}, ` +
        `at the end of the rounds=${mb(warm)}, at the end of ${SOAK_SECONDS} s more load=${mb(loaded)}, ` +
        `at rest after it=${mb(soaked)} (growth ${(growth * 100).toFixed(1)}%, goal < 10%: ${growth < 0.1 ? 'met' : 'NOT MET'})`,
    );
    lines.push(
      `  RSS during the rest after the load, every 2 s: ${during.map((value) => value.toFixed(0)).join(' ')} MB`,
    );
    lines.push(`  at rest after the start: ${freshDetail}`);
    lines.push(`  at rest after the load: ${soakedDetail}`);
    failed ||= growth >= 0.1;
    console.info(
      `api bench: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s, median per side, ` +
        `log level ${process.env.BENCH_LOG_LEVEL ?? 'info'}, load average at the end ` +
        loadavg()
          .map((value) => value.toFixed(2))
          .join(', '),
    );
    for (const line of lines) console.info(line);
    lines.length = 0;
    for (const child of children) child.kill();
    children.length = 0;
    if (process.env.BENCH_IDLE !== 'false') {
      // npm start on its own (nothing else of the bench running but its PostgreSQL for tests).
      const { first, restart } = await idleMemory(REST_SECONDS);
      for (const [name, idle] of [
        ['first start (seeds the demo, sends its 300 e-mails)', first],
        ['restart', restart],
      ] as const) {
        lines.push(
          `npm start at rest, ${name}: Node ${mb(idle.nodeTotalMb)} ` +
            `(${idle.node.map((entry) => `${entry.command} ${mb(entry.rssMb)}`).join('; ')}); ` +
            `embedded PostgreSQL ${idle.postgres.processes} processes, RSS sum ${mb(idle.postgres.rssMb)}`,
        );
      }
      const ok = restart.nodeTotalMb < 300 && first.nodeTotalMb < 300;
      failed ||= !ok;
      lines.push(
        `npm start (\`${startCommand()}\`${process.env.BENCH_START_RUNTIME_ENV === 'true' ? `, with ${describeEnv(RUNTIME_ENVIRONMENT)} added` : ''}): ` +
          `goal < 300 MB at rest: ${ok ? 'met' : 'NOT MET'}`,
      );
    }
    for (const line of lines) console.info(line);
  } finally {
    for (const child of children) child.kill();
    await prisma.$disconnect();
    await db.drop();
    await stopServer();
  }
  process.exit(failed ? 1 : 0);
}

const [role, databaseUrl] = process.argv.slice(2);
const run =
  role === 'serve-api' && databaseUrl
    ? serveApi(databaseUrl)
    : role === 'serve-baselines' && databaseUrl
      ? serveBaselines(databaseUrl)
      : main();
run.catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
