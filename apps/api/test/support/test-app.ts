import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, DEMO_PASSWORD, type PrismaClient, seedDemo } from '@gcm/db';
import { createTestDatabase, type TestDatabase } from '@gcm/db/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { type AppConfig, loadConfig } from '../../src/config/config';
import { FixedClock } from '../../src/infra/clock/clock';
import { createApp } from '../../src/main';

/** The installation secret every test process shares (API, worker, worker processes). */
export const TEST_SECRET_KEY = 'test-secret-key-only-for-the-test-suite-0123456789';

/** Demo people by role (see packages/db/src/seed/demo-data.ts); all use DEMO_PASSWORD. */
export const DEMO = {
  coordinator: 'coordinator@mfa.mn.example',
  /** Contributor for the Ministry of Labour and Social Protection (MLSP). */
  contributor: 'focal.point@mlsp.mn.example',
  /** Contributor for the General Department for Border Protection (GDBP). */
  borderContributor: 'focal.point@gdbp.mn.example',
  stakeholder: 'focal.point@unicef.mn.example',
  observer: 'observer@unrco.mn.example',
  /** The installation's administrator (no member of the demo review). */
  administrator: 'admin@gcm.example',
  password: DEMO_PASSWORD,
} as const;

export interface TestApp {
  app: NestExpressApplication;
  db: TestDatabase;
  clock: FixedClock;
  config: AppConfig;
  /** Id of the seeded demo review, when seeded. */
  demoReviewId: string | null;
  /** A Prisma client on the test database, for arranging and asserting rows. */
  prisma: PrismaClient;
  /** A supertest agent holding the session cookie of `email`. */
  signIn(email: string, password?: string): Promise<request.Agent>;
  close(): Promise<void>;
}

/**
 * Boots the real application (all modules, filters, pipes) against a fresh PostgreSQL database.
 * Only the clock is replaced, so tests can place "now" where they need it.
 */
export async function bootTestApp(
  options: { seed?: boolean; now?: Date; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const now = options.now ?? new Date('2026-11-28T02:00:00Z');
  const db = await createTestDatabase();
  let demoReviewId: string | null = null;
  if (options.seed ?? true) {
    const prisma = createPrismaClient(db.url, { max: 1 });
    demoReviewId = (await seedDemo(prisma, now)).reviewId;
    await prisma.$disconnect();
  }
  const config = loadConfig({
    DATABASE_URL: db.url,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    PORT: '3000',
    SECRET_KEY: TEST_SECRET_KEY,
    // Queues on the machine's Redis, under a prefix of this test file's own.
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `t${db.name.slice(-12)}`,
    STORAGE_DIR: path.join(os.tmpdir(), 'gcm-test-storage', db.name),
    ...options.env,
  });
  const clock = new FixedClock(now);
  const app = await createApp(config, { clock });
  await app.init();
  const prisma = createPrismaClient(db.url, { max: 2 });
  return {
    app,
    db,
    clock,
    config,
    demoReviewId,
    prisma,
    async signIn(email: string, password: string = DEMO_PASSWORD) {
      // As a browser would: every request of the app's own pages carries its Origin.
      const agent = request.agent(app.getHttpServer()).set('Origin', config.publicUrl);
      const response = await agent.post('/api/auth/sign-in').send({ email, password });
      if (response.status !== 200) {
        throw new Error(`Sign-in as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
      }
      return agent;
    },
    async close() {
      await app.close();
      await prisma.$disconnect();
      await db.drop();
    },
  };
}
