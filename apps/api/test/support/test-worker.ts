import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '../../src/config/config';
import type { FixedClock } from '../../src/infra/clock/clock';
import { startWorker } from '../../src/worker';
import { TEST_SECRET_KEY, type TestApp } from './test-app';

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
    MAIL_FROM: 'GCM Review Tracker <reviews@mfa.mn.example>',
    ...env,
  });
  return startWorker(config, { clock });
}
