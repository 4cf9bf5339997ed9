/**
 * `npm run bench:reminders` — not part of the tests. Delivers N due reminders through the whole
 * pipeline (outbox rows → BullMQ → worker processes → SMTP) to a local SMTP sink, for each queue
 * backend and number of worker processes, and compares with plain pooled nodemailer sending the
 * same rendered messages (as the sink received them from the pipeline) to the same sink, from a
 * process of its own as the worker is (the same sent from the bench process is printed too).
 * Pipeline and baseline alternate over several rounds in the same run; the rates are the medians
 * of the rounds. Prints the CPU time per e-mail of the worker processes and of the baseline's.
 * Prints lost/duplicated counts (both must be 0) and a final line for the Redis backend with one
 * worker process.
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createPrismaClient, seedDemo } from '@gcm/db';
import { createTestDatabase, ensureTestServer } from '@gcm/db/testing';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { type AddressObject, simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { REPO_ROOT } from '../config/config';
import { SmtpSink } from '../dev-mail/smtp-sink';
import { Clock } from '../infra/clock/clock';
import { SENDS_PER_BATCH, smtpOptions } from '../infra/mail/smtp-transport';
import { DELIVERY_BATCH, MAIL_QUEUE } from '../infra/queue/jobs';
import { MailQueue } from '../infra/queue/mail-queue';
import { prepareQueueBackend, queueConnection } from '../infra/queue/queue-backend';
import { RUNTIME_ENVIRONMENT } from '../memory-at-rest';
import {
  type BaselineMessage,
  type BaselineReply,
  type BaselineRequest,
  sendAll,
} from './reminders-baseline';

const COUNT = Number(process.env.BENCH_COUNT ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const WORKERS = (process.env.BENCH_WORKERS ?? '1,2,4').split(',').map(Number);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Extra node flags for the worker processes, e.g. `--cpu-prof` to profile them. */
const WORKER_NODE_ARGS = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
/** The same for the baseline's process, to profile it alongside. */
const BASELINE_NODE_ARGS = (process.env.BENCH_BASELINE_NODE_ARGS ?? '').split(' ').filter(Boolean);
/**
 * The environment the product's processes start with (decision 0033), for the workers and the
 * baseline alike, so both run as deployed (BENCH_RUNTIME_ENV=false: what-if, without it).
 */
const RUNTIME_ENV = process.env.BENCH_RUNTIME_ENV === 'false' ? {} : RUNTIME_ENVIRONMENT;
const SECRET_KEY = 'benchmark-secret-key-0123456789abcdefghij';

interface Setup {
  backend: 'redis' | 'postgres';
  workers: number;
}

interface Round {
  rate: number;
  baseline: number;
  inProcess: number;
  lost: number;
  duplicated: number;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (0 where there is none). */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
/**
 * CPU time (ms) used so far by the processes of the services on this machine (PostgreSQL's server
 * processes, Redis) and by this process (the sink, the bench's own polling): where the pipeline's
 * time goes besides its workers. A process that ended in between is not counted.
 */
function serviceCpuMs(): { postgres: number; redis: number; bench: number } {
  const totals = { postgres: 0, redis: 0, bench: cpuMsOf(process.pid) };
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let name: string;
    try {
      name = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
    } catch {
      continue;
    }
    if (name === 'postgres') totals.postgres += cpuMsOf(Number(entry));
    else if (name === 'redis-server') totals.redis += cpuMsOf(Number(entry));
  }
  return totals;
}

/** `after` − `before`, per e-mail, as "postgres 0.41, redis 0.05, bench 0.30". */
function servicesPerMessage(
  before: ReturnType<typeof serviceCpuMs>,
  after: ReturnType<typeof serviceCpuMs>,
  count: number,
): string {
  return (['postgres', 'redis', 'bench'] as const)
    .map((name) => `${name} ${((after[name] - before[name]) / count).toFixed(2)}`)
    .join(', ');
}

/** Transactions committed in the bench's database so far (every statement of the pipeline is one). */
async function commits(prisma: ReturnType<typeof createPrismaClient>): Promise<number> {
  const [row] = await prisma.$queryRaw<{ commits: bigint }[]>`
    SELECT xact_commit AS commits FROM pg_stat_database WHERE datname = current_database()`;
  return Number(row?.commits ?? 0);
}

/** USER_HZ: 100 on Linux on every architecture Node.js runs on. */
const CLOCK_TICKS = 100;

/** A built worker (apps/api/dist/worker.js) as its own process, as in production. */
async function startWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...WORKER_NODE_ARGS, path.join(__dirname, '..', 'worker.js')], {
    env: { ...process.env, ...RUNTIME_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('worker started')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}:\n${output.slice(-3000)}`)));
  });
  return child;
}

async function stopWorkerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
}

/**
 * The baseline in a process of its own (reminders-baseline.ts), as the pipeline's sender is: plain
 * pooled nodemailer with as many connections and sends in flight as one worker process has.
 */
class BaselineProcess {
  private readonly replies: BaselineReply[] = [];
  private waiters: (() => void)[] = [];

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: BaselineReply) => {
      this.replies.push(reply);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static start(sink: SmtpSink): BaselineProcess {
    const child = spawn(
      process.execPath,
      [...BASELINE_NODE_ARGS, path.join(__dirname, 'reminders-baseline.js')],
      {
        env: {
          ...process.env,
          ...RUNTIME_ENV,
          NODE_ENV: 'production',
          BENCH_SINK_URL: sink.url,
          BENCH_CONNECTIONS: String(CONCURRENCY * SENDS_PER_BATCH),
        },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    );
    return new BaselineProcess(child);
  }

  private async reply(): Promise<BaselineReply> {
    for (;;) {
      const reply = this.replies.shift();
      if (reply) return reply;
      if (this.child.exitCode !== null)
        throw new Error(`the baseline process exited with ${this.child.exitCode}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 1000);
      });
    }
  }

  /** CPU ms per message of the last run, and of the services and this process in it. */
  cpuPerMessage = 0;
  servicesPerMessage = '';

  /** Hands over a round's messages (not timed), then times them until the sink has them all. */
  async run(sink: SmtpSink, messages: BaselineMessage[], round: number): Promise<number> {
    this.child.send({ type: 'load', messages } satisfies BaselineRequest);
    const loaded = await this.reply();
    if (loaded.type !== 'loaded') throw new Error(`the baseline process answered ${JSON.stringify(loaded)}`);
    sink.received.length = 0;
    const cpu = cpuMsOf(this.child.pid);
    const services = serviceCpuMs();
    const started = performance.now();
    this.child.send({ type: 'go', round } satisfies BaselineRequest);
    const done = await this.reply();
    if (done.type !== 'done') throw new Error(`the baseline failed: ${JSON.stringify(done)}`);
    await until(() => sink.received.length >= messages.length, 60_000);
    const rate = messages.length / ((performance.now() - started) / 1000);
    this.cpuPerMessage = (cpuMsOf(this.child.pid) - cpu) / messages.length;
    this.servicesPerMessage = servicesPerMessage(services, serviceCpuMs(), messages.length);
    return rate;
  }

  stop(): void {
    if (this.child.connected) this.child.disconnect();
  }
}

/**
 * The same baseline inside the bench process, next to the sink, as the bench measured before:
 * printed for comparison, not used for the ratio (see docs/benchmarks.md).
 */
async function inProcessBaseline(
  sink: SmtpSink,
  messages: BaselineMessage[],
  round: number,
): Promise<number> {
  const connections = CONCURRENCY * SENDS_PER_BATCH;
  const transporter = nodemailer.createTransport(smtpOptions(sink.url, connections));
  sink.received.length = 0;
  const started = performance.now();
  await sendAll(transporter, messages, connections, `in-process-${round}`);
  const seconds = (performance.now() - started) / 1000;
  transporter.close();
  return messages.length / seconds;
}

/** Each row's message as the sink received it, as subject, parts and addressees (not timed). */
async function receivedMessages(sink: SmtpSink, ids: ReadonlySet<string>): Promise<BaselineMessage[]> {
  const seen = new Set<string>();
  const messages: BaselineMessage[] = [];
  for (const mail of sink.received) {
    if (!mail.outboxId || !ids.has(mail.outboxId) || seen.has(mail.outboxId)) continue;
    seen.add(mail.outboxId);
    const parsed = await simpleParser(mail.raw);
    const addresses = (field: AddressObject | AddressObject[] | undefined) =>
      [field ?? []].flat().flatMap((group) => group.value.map((a) => a.address ?? ''));
    messages.push({
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
      to: addresses(parsed.to),
      cc: addresses(parsed.cc),
    });
  }
  return messages;
}

/** Rounds of the pipeline and the baseline, alternating, on a fresh database with the demo seed. */
async function bench(setup: Setup, sink: SmtpSink): Promise<Round[]> {
  const db = await createTestDatabase();
  const prisma = createPrismaClient(db.url, { max: 4 });
  const config = {
    redisUrl: setup.backend === 'redis' ? REDIS_URL : null,
    databaseUrl: db.url,
    queuePrefix: `bench${Date.now()}`,
  };
  const workers: ChildProcess[] = [];
  let baselineProcess: BaselineProcess | undefined;
  let queue: Queue | undefined;
  try {
    await seedDemo(prisma);
    await prepareQueueBackend(config);
    queue = new Queue(MAIL_QUEUE, {
      connection: queueConnection(config) as never,
      prefix: config.queuePrefix,
    });
    const mailQueue = new MailQueue(queue, new Clock());
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      LOG_LEVEL: 'error',
      SECRET_KEY,
      SMTP_URL: sink.url,
      REDIS_URL: config.redisUrl ?? '',
      QUEUE_PREFIX: config.queuePrefix,
      WORKER_CONCURRENCY: String(CONCURRENCY),
      STORAGE_DIR: path.join(REPO_ROOT, '.data', 'bench'),
    };
    for (let i = 0; i < setup.workers; i += 1) workers.push(await startWorkerProcess(env));
    baselineProcess = BaselineProcess.start(sink);
    const assignments = await prisma.assignment.findMany({ select: { id: true, reviewId: true } });
    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      sink.received.length = 0;
      // Timed from here: writing the outbox rows is part of the pipeline's cost.
      const commitsBefore = await commits(prisma);
      const workersCpu = workers.reduce((sum, w) => sum - cpuMsOf(w.pid), 0);
      const services = serviceCpuMs();
      const started = performance.now();
      const now = new Date();
      // In one statement, as the product writes its bulks of rows (OutboxRepository.insertInBatches):
      // Prisma's createManyAndReturn binds every field of every row and took 0.5–3 s for 1,500.
      const planned = Array.from({ length: COUNT }, (_, i) => {
        const assignment = assignments[i % assignments.length];
        return {
          dedupe_key: `bench:${round}:${i}`,
          review_id: assignment?.reviewId,
          assignment_id: assignment?.id,
        };
      });
      const rows = await prisma.$queryRaw<{ id: string; notBefore: Date }[]>`
        INSERT INTO outbox_message
               (id, dedupe_key, kind, review_id, assignment_id, not_before, to_addresses, cc_addresses, updated_at)
        SELECT gen_random_uuid(), dedupe_key, 'reminder.manual', review_id, assignment_id, ${now}, '{}', '{}', now()
          FROM jsonb_to_recordset(${JSON.stringify(planned)}::jsonb)
               AS row(dedupe_key text, review_id uuid, assignment_id uuid)
        RETURNING id, not_before AS "notBefore"`;
      await mailQueue.enqueueDeliveries(rows);
      await until(() => sink.countsByOutboxId().size >= COUNT, 15 * 60_000);
      const seconds = (performance.now() - started) / 1000;
      const workerCpu = (workers.reduce((sum, w) => sum + cpuMsOf(w.pid), workersCpu) / COUNT).toFixed(2);
      const pipelineServices = servicesPerMessage(services, serviceCpuMs(), COUNT);
      // Anything sent twice would arrive within this.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      // PostgreSQL publishes a backend's counts within a second of its last statement (waited above).
      const perBatch = ((await commits(prisma)) - commitsBefore) / Math.ceil(COUNT / DELIVERY_BATCH);
      const counts = sink.countsByOutboxId();
      let lost = 0;
      let duplicated = 0;
      for (const { id } of rows) {
        const n = counts.get(id) ?? 0;
        if (n === 0) lost += 1;
        if (n > 1) duplicated += n - 1;
      }
      // The messages as the sink received them (the worker keeps no HTML: decision 0034), parsed
      // back into their parts, one per row.
      const messages = await receivedMessages(sink, new Set(rows.map((row) => row.id)));
      const base = await baselineProcess.run(sink, messages, round);
      const inProcess = await inProcessBaseline(sink, messages, round);
      sink.received.length = 0;
      rounds.push({ rate: (COUNT - lost) / seconds, baseline: base, inProcess, lost, duplicated });
      console.info(
        `  ${setup.backend}, ${setup.workers} worker(s), round ${round + 1}: ` +
          `rate=${rounds.at(-1)?.rate.toFixed(0)}/s baseline=${base.toFixed(0)}/s ` +
          `ratio=${((rounds.at(-1)?.rate ?? 0) / base).toFixed(3)} ` +
          `(in-process ${inProcess.toFixed(0)}/s) lost=${lost} duplicated=${duplicated} ` +
          `cpu/e-mail: workers ${workerCpu} ms (${pipelineServices}), ` +
          `baseline ${baselineProcess.cpuPerMessage.toFixed(2)} ms (${baselineProcess.servicesPerMessage}); ` +
          `${perBatch.toFixed(1)} transactions per ${DELIVERY_BATCH} e-mails`,
      );
    }
    return rounds;
  } finally {
    baselineProcess?.stop();
    await Promise.all(workers.map(stopWorkerProcess));
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    if (setup.backend === 'redis') {
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${config.queuePrefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    }
    await prisma.$disconnect();
    await db.drop();
  }
}

function summary(label: string, rounds: Round[]): string {
  const delivered = rounds.length * COUNT - rounds.reduce((sum, r) => sum + r.lost, 0);
  const lost = rounds.reduce((sum, r) => sum + r.lost, 0);
  const duplicated = rounds.reduce((sum, r) => sum + r.duplicated, 0);
  const rate = median(rounds.map((r) => r.rate));
  const base = median(rounds.map((r) => r.baseline));
  return (
    `${label}: ${delivered} delivered, lost=${lost}, duplicated=${duplicated}, ` +
    `rate=${rate.toFixed(0)}/s, baseline=${base.toFixed(0)}/s, ratio=${pairedRatio(rounds, 'baseline').toFixed(3)}`
  );
}

/**
 * The median of the rounds' own ratios: each round's pipeline and baseline run back to back, so
 * the machine's speed, which drifts from one round to the next on a shared host, is nearly the
 * same for both halves of a pair.
 */
function pairedRatio(rounds: Round[], against: 'baseline' | 'inProcess'): number {
  return median(rounds.map((r) => r.rate / r[against]));
}

/** The ratio against the baseline run inside the bench process, as measured before. */
function inProcessSummary(rounds: Round[]): string {
  const inProcess = median(rounds.map((r) => r.inProcess));
  return `in-process baseline=${inProcess.toFixed(0)}/s, ratio=${pairedRatio(rounds, 'inProcess').toFixed(3)}`;
}

async function redisAnswers(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    await redis.ping();
    return true;
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

async function main(): Promise<void> {
  const stopServer = await ensureTestServer(REPO_ROOT);
  const sink = new SmtpSink({ parse: false });
  await sink.start();
  const setups: Setup[] = [];
  // Redis first: choosing the PostgreSQL backend is for the rest of the process (decision 0007).
  if (await redisAnswers())
    setups.push(...WORKERS.map((workers) => ({ backend: 'redis' as const, workers })));
  else console.info('Redis does not answer: benchmarking the PostgreSQL backend only.');
  setups.push({ backend: 'postgres', workers: 1 });
  console.info(
    `${COUNT} reminders a round, ${ROUNDS} rounds, WORKER_CONCURRENCY=${CONCURRENCY}, medians of the rounds, ratio the median of the rounds' ratios; ` +
      `workers and baseline with ${
        Object.entries(RUNTIME_ENV)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ') || 'no runtime environment'
      }`,
  );
  const results: { setup: Setup; rounds: Round[] }[] = [];
  for (const setup of setups) {
    const rounds = await bench(setup, sink);
    results.push({ setup, rounds });
    console.info(
      `${summary(`reminders (${setup.backend} queue, ${setup.workers} worker process(es))`, rounds)} ` +
        `(${inProcessSummary(rounds)})`,
    );
  }
  await sink.stop();
  await stopServer();
  const headline = results.find((r) => r.setup.workers === 1) ?? results[0];
  if (headline) {
    console.info(
      `${summary('reminders', headline.rounds)} (${headline.setup.backend} queue, 1 worker process; ` +
        `${inProcessSummary(headline.rounds)})`,
    );
  }
  const failed = results.some((r) => r.rounds.some((round) => round.lost > 0 || round.duplicated > 0));
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
