import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '../../src/config/config';
import { SmtpSink } from '../../src/dev-mail/smtp-sink';
import type { FixedClock } from '../../src/infra/clock/clock';
import { startWorker } from '../../src/worker';
import { bootTestApp, TEST_SECRET_KEY, type TestApp } from './test-app';

/** The real worker in this process, on the test app's database, queue prefix and clock. */
export async function startTestWorker(
  t: TestApp,
  smtpUrl: string,
  env: Record<string, string> = {},
  clock: FixedClock = t.clock,
): Promise<INestApplicationContext> {
  const config = loadConfig({
    DATABASE_URL: t.db.url,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    SECRET_KEY: TEST_SECRET_KEY,
    REDIS_URL: t.config.redisUrl ?? '',
    QUEUE_PREFIX: t.config.queuePrefix,
    SMTP_URL: smtpUrl,
    PUBLIC_URL: t.config.publicUrl,
    // The worker reads attachments from the same storage as the API.
    STORAGE_DIR: t.config.storageDir,
    MAIL_FROM: 'GCM Review Tracker <reviews@mfa.mn.example>',
    ...env,
  });
  return startWorker(config, { clock });
}

/** The test app, a real SMTP server and the worker sending to it: what the e-mail tests start from. */
export interface AppWithWorker {
  t: TestApp;
  sink: SmtpSink;
  worker: INestApplicationContext;
  /** Stops the worker, the SMTP server and the app, in that order. */
  close(): Promise<void>;
}

export async function bootAppWithWorker(
  options: { app?: Parameters<typeof bootTestApp>[0]; workerEnv?: Record<string, string> } = {},
): Promise<AppWithWorker> {
  const t = await bootTestApp(options.app);
  const sink = new SmtpSink();
  let worker: INestApplicationContext | undefined;
  const close = async () => {
    await worker?.close();
    await sink.stop();
    await t.close();
  };
  try {
    await sink.start();
    worker = await startTestWorker(t, sink.url, options.workerEnv);
  } catch (error) {
    await close();
    throw error;
  }
  return { t, sink, worker, close };
}
