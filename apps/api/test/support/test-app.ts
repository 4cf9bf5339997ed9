import { createPrismaClient, seedDemo } from '@gcm/db';
import { createTestDatabase, type TestDatabase } from '@gcm/db/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '../../src/config/config';
import { FixedClock } from '../../src/infra/clock/clock';
import { createApp } from '../../src/main';

export interface TestApp {
  app: NestExpressApplication;
  db: TestDatabase;
  clock: FixedClock;
  /** Id of the seeded demo review, when seeded. */
  demoReviewId: string | null;
  close(): Promise<void>;
}

/**
 * Boots the real application (all modules, filters, pipes) against a fresh PostgreSQL database.
 * Only the clock is replaced, so tests can place "now" where they need it.
 */
export async function bootTestApp(options: { seed?: boolean; now?: Date } = {}): Promise<TestApp> {
  const now = options.now ?? new Date('2026-11-28T02:00:00Z');
  const db = await createTestDatabase();
  let demoReviewId: string | null = null;
  if (options.seed ?? true) {
    const prisma = createPrismaClient(db.url, { max: 1 });
    demoReviewId = (await seedDemo(prisma, now)).reviewId;
    await prisma.$disconnect();
  }
  const config = loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent', NODE_ENV: 'test', PORT: '3000' });
  const clock = new FixedClock(now);
  const app = await createApp(config, { clock });
  await app.init();
  return {
    app,
    db,
    clock,
    demoReviewId,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
