import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createPrismaClient, type PrismaClient } from '@gcm/db';
import { createEmptyDatabase, type TestDatabase } from '@gcm/db/testing';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { AppConfig } from '../src/config/config';
import { SmtpSink } from '../src/dev-mail/smtp-sink';
import { FixedClock } from '../src/infra/clock/clock';
import { createApp } from '../src/main';
import { OutboxReconciler } from '../src/modules/outbox/reconciler.service';
import { type Country, createAdministrator, fillCountry } from './support/countries';
import { binaryParser, databaseFingerprint, samplePdf } from './support/journey-fixtures';
import { bootTestApp, type TestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';
import { mailSettled } from './support/waits';

const run = promisify(execFile);
const CLI = path.resolve(__dirname, '..', '..', '..', 'packages', 'db', 'dist', 'cli.js');

/** `npm run db -- <args>` as an operator runs it (the built CLI), on `databaseUrl`. */
async function db(databaseUrl: string, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What a signed-in person's browser holds: the session cookie, read from a request it sends. */
async function cookieOf(agent: request.Agent): Promise<string> {
  const response = await agent.get('/api/auth/me').expect(200);
  const cookie = (response as unknown as { req: { getHeader(name: string): unknown } }).req.getHeader(
    'cookie',
  );
  if (typeof cookie !== 'string') throw new Error('The agent sent no cookie');
  return cookie;
}

const OUTBOX_SELECT = {
  id: true,
  kind: true,
  status: true,
  notBefore: true,
  dedupeKey: true,
  attempts: true,
} as const;

/**
 * Issue 16, part 4: a review in progress — two countries coordinated by two people, with
 * attachments (one of several pieces), votes, an audit trail and an outbox of planned e-mails and
 * reminders that no worker has sent yet — is backed up with `npm run db -- backup`, restored with
 * `npm run db -- restore` into an empty database, and an API and a worker on the restored database
 * find everything and send each due e-mail exactly once.
 */
describe('backup and restore: npm run db -- backup FILE / restore FILE', () => {
  let t: TestApp;
  let mongolia: Country;
  let kazakhstan: Country;
  let dir: string;
  let file: string;
  let target: TestDatabase;
  let restored: TestApp;
  let restoredApp: NestExpressApplication | undefined;
  let restoredPrisma: PrismaClient | undefined;
  let worker: INestApplicationContext | undefined;
  let sink: SmtpSink | undefined;
  const cookies = new Map<Country, string>();
  const files = new Map<string, Buffer>();
  let outboxBefore: unknown[];
  let fingerprintBefore: Record<string, string>;
  const before = new Map<string, unknown>();

  beforeAll(async () => {
    t = await bootTestApp({ seed: false });
    const admin = await createAdministrator(t, 'ada.admin@escap.example');
    mongolia = await fillCountry(t, admin, { country: 'Mongolia', timeZone: 'Asia/Ulaanbaatar', tag: 'MNG' });
    kazakhstan = await fillCountry(t, admin, { country: 'Kazakhstan', timeZone: 'Asia/Almaty', tag: 'KAZ' });
    // A second attachment of three pieces in Mongolia (pieces of 1 MiB in stored_file_chunk).
    const large = Buffer.concat([samplePdf('Annex MNG'), randomBytes(2 * 1024 * 1024 + 777)]);
    const annex = await mongolia.contributor
      .post(`/api/assignments/${mongolia.ids.assignmentId}/attachments`)
      .attach('file', large, 'annex-MNG.pdf')
      .expect(201);
    files.set(annex.body.id, large);
    for (const country of [mongolia, kazakhstan]) {
      cookies.set(country, await cookieOf(country.coordinator));
      const id = country.ids.attachmentId as string;
      const response = await country.coordinator
        .get(`/api/attachments/${id}/download`)
        .buffer(true)
        .parse(binaryParser)
        .expect(200);
      files.set(id, response.body);
    }
    dir = mkdtempSync(path.join(os.tmpdir(), 'gcm-backup-'));
    file = path.join(dir, 'gcm.dump');
  });

  afterAll(async () => {
    await worker?.close();
    await sink?.stop();
    await restoredApp?.close();
    await restoredPrisma?.$disconnect();
    await target?.drop();
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** What each coordinator reads of their own review: the vote, their ballot, the audit trail. */
  async function readBack(server: Parameters<typeof request>[0], country: Country) {
    const get = (url: string) =>
      request(server)
        .get(url)
        .set('Cookie', cookies.get(country) ?? '')
        .expect(200)
        .then((response) => response.body);
    return {
      round: await get(`/api/votes/${country.ids.roundId}`),
      audit: await get(`/api/reviews/${country.ids.reviewId}/audit`),
      review: await get(`/api/reviews/${country.ids.reviewId}`),
    };
  }

  it('backs up the database in progress into a new file, and will not overwrite it', async () => {
    expect(await t.prisma.outboxMessage.count({ where: { status: 'sent' } })).toBe(0);
    expect(
      await t.prisma.outboxMessage.count({ where: { kind: { startsWith: 'reminder.' } } }),
    ).toBeGreaterThan(0);
    expect(await t.prisma.ballot.count()).toBeGreaterThanOrEqual(2);
    outboxBefore = await t.prisma.outboxMessage.findMany({ select: OUTBOX_SELECT, orderBy: { id: 'asc' } });
    fingerprintBefore = await databaseFingerprint(t);
    for (const country of [mongolia, kazakhstan])
      before.set(country.spec.tag, await readBack(t.app.getHttpServer(), country));

    const backup = await db(t.db.url, 'backup', file);
    expect(backup).toEqual({
      code: 0,
      out: expect.stringMatching(/^Backed up PostgreSQL \d+\.\d+.* to .*gcm\.dump/),
    });
    expect(backup.out).not.toMatch(/outside the database/);
    expect(statSync(file).size).toBeGreaterThan(2 * 1024 * 1024);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const again = await db(t.db.url, 'backup', file);
    expect(again.code).toBe(2);
    expect(again.out).toMatch(/exists already; give the backup a new name \(nothing was written\)/);
  });

  it('refuses to restore into a database that is not empty, and leaves it as it was', async () => {
    const refused = await db(t.db.url, 'restore', file);
    expect(refused.code).toBe(2);
    expect(refused.out).toMatch(
      new RegExp(
        `The database "${t.db.name}" is not empty \\(\\d+ tables, views or sequences, e\\.g\\. public\\.`,
      ),
    );
    expect(refused.out).toMatch(/Nothing was changed\./);
    expect(await databaseFingerprint(t)).toEqual(fingerprintBefore);
  });

  it('restores into an empty database at the same schema level', async () => {
    target = await createEmptyDatabase();
    const restore = await db(target.url, 'restore', file);
    expect(restore).toEqual({
      code: 0,
      out: expect.stringMatching(/^Restored .* into "gcm_test_empty_\w+" \(\d+ tables\)/),
    });
    const status = await db(target.url, 'status');
    expect(status).toEqual({ code: 0, out: expect.stringContaining('Database schema is up to date.') });

    restoredPrisma = createPrismaClient(target.url, { max: 2 });
    expect(
      await restoredPrisma.outboxMessage.findMany({ select: OUTBOX_SELECT, orderBy: { id: 'asc' } }),
    ).toEqual(outboxBefore);
  });

  it('an API on the restored database finds everything: sessions, votes, audit, attachments byte for byte', async () => {
    const clock = new FixedClock(t.clock.now());
    const config: AppConfig = {
      ...t.config,
      databaseUrl: target.url,
      queuePrefix: `${t.config.queuePrefix}r`,
    };
    restoredApp = await createApp(config, { clock });
    await restoredApp.init();
    const prisma = restoredPrisma as PrismaClient;
    restored = {
      ...t,
      app: restoredApp,
      db: target,
      clock,
      config,
      prisma,
      signIn: () => Promise.reject(new Error('use the restored cookies')),
      close: async () => {},
    };
    expect(await databaseFingerprint(restored)).toEqual(fingerprintBefore);
    const server = restoredApp.getHttpServer();
    for (const country of [mongolia, kazakhstan]) {
      // The coordinator is still signed in (sessions are rows too) and reads the same review.
      expect(await readBack(server, country)).toEqual(before.get(country.spec.tag));
    }
    for (const [id, bytes] of files) {
      const owner = id === kazakhstan.ids.attachmentId ? kazakhstan : mongolia;
      const other = owner === mongolia ? kazakhstan : mongolia;
      const response = await request(server)
        .get(`/api/attachments/${id}/download`)
        .set('Cookie', cookies.get(owner) ?? '')
        .buffer(true)
        .parse(binaryParser)
        .expect(200);
      expect(sha256(response.body)).toBe(sha256(bytes));
      expect(response.headers['content-length']).toBe(String(bytes.length));
      // The other country's coordinator still cannot see it, nor that review's audit trail.
      await request(server)
        .get(`/api/attachments/${id}/download`)
        .set('Cookie', cookies.get(other) ?? '')
        .expect(404);
    }
    await request(server)
      .get(`/api/reviews/${mongolia.ids.reviewId}/audit`)
      .set('Cookie', cookies.get(kazakhstan) ?? '')
      .expect((response) => expect([403, 404]).toContain(response.status));
  });

  it('a worker on the restored database sends every due e-mail and reminder exactly once', async () => {
    // Three weeks on: the invitations, and the reminders before the assignments' due date (20 December).
    restored.clock.set(new Date('2026-12-19T00:00:00Z'));
    const due = await (restoredPrisma as PrismaClient).outboxMessage.findMany({
      where: { status: 'pending', notBefore: { lte: restored.clock.now() } },
      select: { id: true, kind: true, reviewId: true },
    });
    const dueReminders = due.filter((row) => row.kind.startsWith('reminder.'));
    expect(new Set(dueReminders.map((row) => row.reviewId))).toEqual(
      new Set([mongolia.ids.reviewId, kazakhstan.ids.reviewId]),
    );

    sink = new SmtpSink();
    await sink.start();
    worker = await startTestWorker(restored, sink.url, {}, restored.clock);
    await worker.get(OutboxReconciler).reconcile();
    await mailSettled(restored, { timeoutMs: 60_000 });
    await worker.get(OutboxReconciler).reconcile();
    await mailSettled(restored, { timeoutMs: 60_000 });

    const rows = await (restoredPrisma as PrismaClient).outboxMessage.findMany({
      where: { id: { in: due.map((row) => row.id) } },
      select: { id: true, kind: true, status: true },
    });
    const sent = rows.filter((row) => row.status === 'sent');
    expect(rows.filter((row) => row.status !== 'sent' && row.status !== 'cancelled')).toEqual([]);
    expect(sent.filter((row) => row.kind.startsWith('reminder.')).length).toBeGreaterThan(0);
    const counts = sink.countsByOutboxId();
    expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    // Every e-mail sent is one message: the rows due at restore, and those they fanned out to (an
    // announcement of a vote becomes one e-mail per voter, planned when it is sent).
    const mailed = await (restoredPrisma as PrismaClient).outboxMessage.findMany({
      where: { status: 'sent', NOT: { toAddresses: { isEmpty: true } } },
      select: { id: true },
    });
    expect(new Set(counts.keys())).toEqual(new Set(mailed.map((row) => row.id)));
    expect(
      sent.filter((row) => !counts.has(row.id)).every((row) => row.kind.endsWith('.announce.opened')),
    ).toBe(true);
    expect(
      dueReminders.every(
        (row) => counts.has(row.id) || rows.find((r) => r.id === row.id)?.status === 'cancelled',
      ),
    ).toBe(true);
    // Nothing of the source database was touched by all this.
    expect(await t.prisma.outboxMessage.count({ where: { status: 'sent' } })).toBe(0);
  });
});
