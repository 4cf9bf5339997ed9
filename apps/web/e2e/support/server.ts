import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createPrismaClient, seedDemo } from '@gcm/db';
import { freePort } from '@gcm/db/embedded';
import { createTestDatabase, type TestDatabase } from '@gcm/db/testing';
import { waitUntil } from '@gcm/domain/testing';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const API_DIST = path.join(REPO_ROOT, 'apps', 'api', 'dist');

/** The SMTP server the tests read e-mail from (apps/api's SmtpSink, a real `smtp-server`). */
export interface ReceivedMail {
  envelopeTo: string[];
  parsed: { subject?: string; text?: string };
}
interface SmtpSink {
  received: ReceivedMail[];
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
}
const { SmtpSink } = require('@gcm/api/smtp-sink') as { SmtpSink: new () => SmtpSink };

export interface RunningServer {
  baseUrl: string;
  db: TestDatabase;
  demoReviewId: string;
  /** Every e-mail the application sent, received by a real SMTP server. */
  mail: SmtpSink;
  /** Everything the server and the worker printed, for failure messages. */
  output(): string;
  /** Runs `npm run admin -- …args` against this installation; resolves with what it printed. */
  admin(args: string[]): Promise<string>;
  stop(): Promise<void>;
}

function startProcess(script: string, env: NodeJS.ProcessEnv, log: (text: string) => void): ChildProcess {
  const child = spawn(process.execPath, [path.join(API_DIST, script)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => log(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => log(chunk.toString()));
  // A process that dies under a journey shows up as "connection refused": say so in the output.
  child.once('exit', (code, signal) => log(`\n[${script} exited: code ${code}, signal ${signal}]\n`));
  return child;
}

/** Runs one of the API's commands to its end; rejects with its output when it fails. */
function runToEnd(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    let printed = '';
    const child = spawn(process.execPath, [path.join(API_DIST, script), ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(printed)
        : reject(new Error(`${script} ${args.join(' ')} exited ${code}:\n${printed}`)),
    );
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
}

async function waitFor(
  what: string,
  ready: () => Promise<boolean>,
  children: ChildProcess[],
  output: () => string,
) {
  await waitUntil(
    async () => {
      const dead = children.find((child) => child.exitCode !== null);
      if (dead) throw new Error(`A process exited with code ${dead.exitCode} before ${what}:\n${output()}`);
      return ready().catch(() => false);
    },
    { what, timeoutMs: 30_000, intervalMs: 100, describe: output },
  );
}

/**
 * Starts the built application as in production — the API (serving apps/web/dist) and the worker,
 * each its own process — on a fresh database holding the demo review, with queues on the local
 * Redis under a prefix of its own, and e-mail going to a real SMTP server in this process.
 */
export async function startServer(options: { now?: Date } = {}): Promise<RunningServer> {
  const db = await createTestDatabase();
  const prisma = createPrismaClient(db.url, { max: 1 });
  const { reviewId } = await seedDemo(prisma, options.now ?? new Date());
  await prisma.$disconnect();
  const mail = new SmtpSink();
  await mail.start();

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const append = (text: string) => {
    log += text;
  };
  const output = () => log.slice(-5000);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    SECRET_KEY: 'e2e-secret-key-only-for-the-browser-journeys-0123',
    DATABASE_URL: db.url,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: path.join(REPO_ROOT, 'apps', 'web', 'dist'),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `e2e${db.name.slice(-10)}`,
    SMTP_URL: mail.url,
    OUTBOX_RECONCILE_MS: '1000',
    STORAGE_DIR: path.join(REPO_ROOT, '.data', 'e2e-attachments', db.name),
  };
  const api = startProcess('main.js', env, append);
  const worker = startProcess('worker.js', env, append);
  const children = [api, worker];
  try {
    await waitFor('the API', async () => (await fetch(`${baseUrl}/api/health`)).ok, children, output);
    await waitFor('the worker', async () => log.includes('worker started'), children, output);
  } catch (error) {
    await Promise.all(children.map(stopProcess));
    await mail.stop();
    await db.drop();
    throw error;
  }
  return {
    baseUrl,
    db,
    demoReviewId: reviewId,
    mail,
    output,
    admin: (args) => runToEnd('admin.js', args, env),
    async stop() {
      await Promise.all(children.map(stopProcess));
      await mail.stop();
      await db.drop();
    },
  };
}

/** The first e-mail to `address` whose subject matches, once the application has sent it. */
export async function mailTo(server: RunningServer, address: string, subject: RegExp) {
  return waitUntil(
    () =>
      server.mail.received.find(
        (m) => m.envelopeTo.includes(address) && subject.test(m.parsed.subject ?? ''),
      ),
    {
      what: `an e-mail to ${address} matching ${subject}`,
      describe: () => `got: ${server.mail.received.map((m) => m.parsed.subject).join(' | ')}`,
    },
  );
}
