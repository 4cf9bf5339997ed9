import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { ZAttachment } from '@gcm/domain';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { runAdminCommand } from '../src/admin';
import { type AppConfig, loadConfig } from '../src/config/config';
import { PostgresAttachmentStorage } from '../src/infra/storage/postgres-attachment-storage';
import {
  S3_UNAVAILABLE_DOWNLOAD,
  S3_UNAVAILABLE_UPLOAD,
  S3AttachmentStorage,
} from '../src/infra/storage/s3-attachment-storage';
import { StorageMigration } from '../src/infra/storage/storage-migration';
import { createApp } from '../src/main';
import {
  binaryParser,
  createOutsiderWithReview,
  type DemoIds,
  databaseFingerprint,
  demoIds,
  removeStorage,
  samplePdf,
  samplePng,
  storageDirOf,
  type UploadedFile,
  uploadFiles,
} from './support/journey-fixtures';
import { clientOf, keysIn, objectBytes, startTestS3, type TestS3 } from './support/s3-server';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const MIB = 1024 * 1024;
const PREFIX = 'gcm-test/';

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A PDF of exactly `size` bytes: a valid one, then random bytes after its end marker. */
function pdfOfSize(size: number): Buffer {
  const head = samplePdf('A large annex');
  return Buffer.concat([head, randomBytes(size - head.length)]);
}

/** The configuration of an installation on this S3 server, from the environment as an operator writes it. */
function s3ConfigOf(base: AppConfig, s3: TestS3, extra: Record<string, string> = {}): AppConfig {
  const env = loadConfig({
    DATABASE_URL: base.databaseUrl,
    SECRET_KEY: base.secretKey,
    ...s3.env,
    ...extra,
  });
  return { ...base, storageBackend: 's3', s3: env.s3 };
}

async function download(agent: request.Agent, id: string) {
  return agent.get(`/api/attachments/${id}/download`).buffer(true).parse(binaryParser);
}

/**
 * STORAGE_BACKEND=s3 (decision 0031): one object per attachment in an S3-compatible bucket, here a
 * real S3 API server (s3rver) reached through a relay the test can cut.
 */
describe('attachment bytes in an S3-compatible bucket', () => {
  let s3: TestS3;
  let client: S3Client;
  let t: TestApp;
  let ids: DemoIds;
  let mlsp: request.Agent;
  let coordinator: request.Agent;
  let url: string;

  beforeAll(async () => {
    s3 = await startTestS3('gcm-attachments');
    client = clientOf(s3);
    t = await bootTestApp({ env: { ...s3.env, S3_KEY_PREFIX: PREFIX } });
    ids = demoIds(t);
    [mlsp, coordinator] = await Promise.all([t.signIn(DEMO.contributor), t.signIn(DEMO.coordinator)]);
    url = `/api/assignments/${await ids.assignment('1b', 'MLSP')}/attachments`;
  });

  afterAll(async () => {
    s3?.cutRequestsAfter(null);
    await removeStorage(t);
    await t?.close();
    client?.destroy();
    await s3?.close();
  });

  let large: { id: string; bytes: Buffer; storageKey: string };

  it('stores an upload as one object under the key prefix, and downloads it byte for byte (8 MiB and a small PNG)', async () => {
    expect(t.config.storageBackend).toBe('s3');
    for (const [bytes, name] of [
      [pdfOfSize(8 * MIB + 4321), 'annex.pdf'],
      [samplePng(), 'chart.png'],
    ] as const) {
      const attachment = ZAttachment.parse(
        (await mlsp.post(url).attach('file', bytes, name).expect(201)).body,
      );
      expect(attachment).toMatchObject({ sizeBytes: bytes.length, sha256: sha256(bytes) });
      const row = await t.prisma.attachment.findUniqueOrThrow({ where: { id: attachment.id } });
      const stored = await objectBytes(client, s3.bucket, `${PREFIX}${row.storageKey}`);
      expect(stored && sha256(stored)).toBe(sha256(bytes));
      const head = await client.send(
        new HeadObjectCommand({ Bucket: s3.bucket, Key: `${PREFIX}${row.storageKey}` }),
      );
      expect(head.Metadata?.sha256).toBe(sha256(bytes));

      const downloaded = await download(coordinator, attachment.id);
      expect(downloaded.status).toBe(200);
      expect(downloaded.headers['content-length']).toBe(String(bytes.length));
      expect(Buffer.compare(downloaded.body, bytes)).toBe(0);
      if (name === 'annex.pdf') large = { id: attachment.id, bytes, storageKey: row.storageKey };
    }
    // Nothing in PostgreSQL's pieces, nothing on disk.
    expect(await t.prisma.storedFileChunk.count()).toBe(0);
    expect(readdirSafe(storageDirOf(t))).toEqual([]);
  });

  it('a download streams the object as the reader asks, not the whole file first', async () => {
    const storage = t.app.get(S3AttachmentStorage);
    const bytes = pdfOfSize(20 * MIB);
    const response = await mlsp.post(url).attach('file', bytes, 'full-size.pdf').expect(201);
    const row = await t.prisma.attachment.findUniqueOrThrow({ where: { id: response.body.id } });
    const before = s3.bytesDown();
    const file = await storage.open(row.storageKey);
    expect(file?.size).toBe(20 * MIB);
    // The HTTP response of the S3 server itself, not a buffer made of it.
    expect(file?.stream).toBeInstanceOf(IncomingMessage);
    const reader = file?.stream[Symbol.asyncIterator]();
    const first = (await reader?.next())?.value as Buffer;
    expect(Buffer.compare(first, bytes.subarray(0, first.length))).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const pulled = s3.bytesDown() - before;
    file?.stream.destroy();
    expect(pulled).toBeLessThan(20 * MIB);
  });

  it('deleting an attachment keeps its object for the record; the download is then refused', async () => {
    const bytes = samplePdf('Removed later');
    const attachment = ZAttachment.parse(
      (await mlsp.post(url).attach('file', bytes, 'removed.pdf').expect(201)).body,
    );
    const row = await t.prisma.attachment.findUniqueOrThrow({ where: { id: attachment.id } });
    await mlsp.delete(`/api/attachments/${attachment.id}`).expect(204);
    expect(
      (await t.prisma.attachment.findUniqueOrThrow({ where: { id: attachment.id } })).deletedAt,
    ).not.toBeNull();
    expect((await download(coordinator, attachment.id)).status).toBe(404);
    expect(await objectBytes(client, s3.bucket, `${PREFIX}${row.storageKey}`)).toEqual(bytes);
  });

  it("another review's coordinator gets 404 for this review's attachment, and cannot upload into it", async () => {
    const { agent: other, reviewId } = await createOutsiderWithReview(t, 'coordinator@other-review.example');
    expect(reviewId).not.toBe(ids.reviewId);
    const before = await databaseFingerprint(t);
    const keysBefore = await keysIn(client, s3.bucket);
    const refused = await download(other, large.id);
    expect(refused.status).toBe(404);
    expect(refused.body.includes(large.bytes.subarray(0, 64))).toBe(false);
    await other.post(url).attach('file', samplePdf('From elsewhere'), 'elsewhere.pdf').expect(404);
    expect(await databaseFingerprint(t)).toEqual(before);
    expect(await keysIn(client, s3.bucket)).toEqual(keysBefore);
    // And this review's coordinator cannot read the other review (no attachment there to leak).
    await coordinator.get(`/api/reviews/${reviewId}`).expect(404);
    expect(Buffer.compare((await download(coordinator, large.id)).body, large.bytes)).toBe(0);
  });

  it('an object missing from the bucket is the port’s null: the download says the file must be restored', async () => {
    const bytes = samplePdf('Lost object');
    const attachment = ZAttachment.parse(
      (await mlsp.post(url).attach('file', bytes, 'lost.pdf').expect(201)).body,
    );
    const row = await t.prisma.attachment.findUniqueOrThrow({ where: { id: attachment.id } });
    await client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: `${PREFIX}${row.storageKey}` }));
    expect(await t.app.get(S3AttachmentStorage).open(row.storageKey)).toBeNull();
    const response = await download(coordinator, attachment.id);
    expect({ status: response.status, message: JSON.parse(response.body.toString()).message }).toEqual({
      status: 500,
      message: 'The stored file of "lost.pdf" is missing; it has to be restored from the backup',
    });
  });

  it('the store cut off in the middle of an upload: a clear refusal, no attachment row, no object', async () => {
    const before = await databaseFingerprint(t);
    const keysBefore = await keysIn(client, s3.bucket);
    s3.cutRequestsAfter(256 * 1024);
    try {
      const response = await mlsp.post(url).attach('file', pdfOfSize(4 * MIB), 'cut.pdf');
      expect({ status: response.status, message: response.body.message }).toEqual({
        status: 503,
        message: S3_UNAVAILABLE_UPLOAD,
      });
    } finally {
      s3.cutRequestsAfter(null);
    }
    expect(await databaseFingerprint(t)).toEqual(before);
    expect(await keysIn(client, s3.bucket)).toEqual(keysBefore);
    // Back: the same upload goes through.
    await mlsp
      .post(url)
      .attach('file', pdfOfSize(4 * MIB), 'cut.pdf')
      .expect(201);
  });

  it('the transaction failing after the object was written: the object is removed with it', async () => {
    // A real failure after PutObject, inside the upload's transaction: PostgreSQL refuses its audit event.
    await t.prisma.$executeRawUnsafe(`
      create or replace function fail_doomed_upload() returns trigger language plpgsql as $$
      begin
        if new.after->>'fileName' = 'doomed.pdf' then raise exception 'audit refused (simulated)'; end if;
        return new;
      end $$`);
    await t.prisma.$executeRawUnsafe(
      'create trigger fail_doomed_upload before insert on audit_event for each row execute function fail_doomed_upload()',
    );
    try {
      const before = await databaseFingerprint(t);
      const keysBefore = await keysIn(client, s3.bucket);
      const response = await mlsp.post(url).attach('file', pdfOfSize(2 * MIB), 'doomed.pdf');
      expect(response.status).toBe(500);
      expect(await databaseFingerprint(t)).toEqual(before);
      expect(await keysIn(client, s3.bucket)).toEqual(keysBefore);
    } finally {
      await t.prisma.$executeRawUnsafe('drop trigger fail_doomed_upload on audit_event');
    }
  });

  it('the store down: a download says so and nothing else changes; back up, it works again', async () => {
    await s3.stop();
    try {
      const response = await download(coordinator, large.id);
      expect({ status: response.status, message: JSON.parse(response.body.toString()).message }).toEqual({
        status: 503,
        message: S3_UNAVAILABLE_DOWNLOAD,
      });
      const refused = await mlsp.post(url).attach('file', samplePdf('While down'), 'down.pdf');
      expect({ status: refused.status, message: refused.body.message }).toEqual({
        status: 503,
        message: S3_UNAVAILABLE_UPLOAD,
      });
    } finally {
      await s3.start();
    }
    expect(Buffer.compare((await download(coordinator, large.id)).body, large.bytes)).toBe(0);
  });

  it('storage-orphans lists an object no attachment refers to, leaves young ones, and removes old ones with --delete', async () => {
    const orphanKey = `ab/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`;
    await client.send(
      new PutObjectCommand({
        Bucket: s3.bucket,
        Key: `${PREFIX}${orphanKey}`,
        Body: Buffer.from('left over'),
      }),
    );
    // Outside the prefix, or not shaped like a storage key: never ours to list or remove.
    await client.send(
      new PutObjectCommand({ Bucket: s3.bucket, Key: 'other-app/file', Body: Buffer.from('x') }),
    );
    await client.send(
      new PutObjectCommand({ Bucket: s3.bucket, Key: `${PREFIX}README`, Body: Buffer.from('x') }),
    );
    const keysBefore = await keysIn(client, s3.bucket);

    // Through the command: an object younger than an hour may be an upload about to commit.
    const lines: string[] = [];
    expect(await runAdminCommand(['storage-orphans', '--delete'], t.config, (line) => lines.push(line))).toBe(
      0,
    );
    expect(lines.at(-1)).toBe(
      '0 objects without an attachment, 0 removed; 1 more younger than an hour left alone (their upload may still commit).',
    );
    expect(await keysIn(client, s3.bucket)).toEqual(keysBefore);

    const migration = t.app.get(StorageMigration);
    const later = new Date(Date.now() + 2 * 3_600_000);
    const listed = await migration.s3Orphans({ remove: false, graceMs: 3_600_000, now: later });
    expect(listed.orphans.map((orphan) => orphan.key)).toEqual([orphanKey]);
    const removed = await migration.s3Orphans({ remove: true, graceMs: 3_600_000, now: later });
    expect(removed).toMatchObject({ removed: 1, recent: 0 });
    expect(await keysIn(client, s3.bucket)).toEqual(
      keysBefore.filter((key) => key !== `${PREFIX}${orphanKey}`),
    );
    // Every attachment still downloads: no referenced object was touched.
    expect(Buffer.compare((await download(coordinator, large.id)).body, large.bytes)).toBe(0);
  });

  it('npm run db -- backup says the dump does not hold the bucket', async () => {
    await mlsp.post(url).attach('file', samplePdf('In the bucket'), 'bucket.pdf').expect(201);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gcm-backup-'));
    try {
      const cli = path.resolve(__dirname, '..', '..', '..', 'packages', 'db', 'dist', 'cli.js');
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [cli, 'backup', path.join(dir, 'a.dump')],
        {
          env: { ...process.env, DATABASE_URL: t.db.url, STORAGE_BACKEND: 's3' },
        },
      );
      const count = await t.prisma.attachment.count();
      expect(stdout + stderr).toContain(
        `${count} attachments have their bytes in the S3 bucket (STORAGE_BACKEND=s3), which this dump does not hold: back the bucket up too`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start on a bucket that does not exist, wrong credentials or an endpoint that does not answer', async () => {
    const boot = async (config: AppConfig): Promise<string> => {
      let app: NestExpressApplication | undefined;
      try {
        app = await createApp(config, { clock: t.clock });
        await app.init();
        return 'started';
      } catch (error) {
        return (error as Error).message;
      } finally {
        await app?.close().catch(() => {});
      }
    };
    expect(await boot(s3ConfigOf(t.config, s3, { S3_BUCKET: 'no-such-bucket' }))).toBe(
      `STORAGE_BACKEND=s3: The bucket "no-such-bucket" at ${s3.endpoint} does not exist: create it, or correct S3_BUCKET`,
    );
    // s3rver checks the key id, not the signature; a real server answers a wrong secret with 403 too.
    expect(await boot(s3ConfigOf(t.config, s3, { S3_ACCESS_KEY_ID: 'NOT-A-KEY' }))).toMatch(
      /^STORAGE_BACKEND=s3: The bucket "gcm-attachments" at .* refuses these credentials \(HTTP 403\): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/,
    );
    const closed = await startTestS3('closed-bucket');
    const closedEndpoint = closed.endpoint;
    await closed.close();
    expect(await boot(s3ConfigOf(t.config, s3, { S3_ENDPOINT: closedEndpoint }))).toMatch(
      new RegExp(
        `^STORAGE_BACKEND=s3: The bucket "gcm-attachments" at ${closedEndpoint} cannot be reached \\(ECONNREFUSED\\): check S3_ENDPOINT`,
      ),
    );
    expect(await boot(s3ConfigOf(t.config, s3))).toBe('started');
  });

  it('names what is missing in the configuration', () => {
    const base = {
      DATABASE_URL: t.config.databaseUrl,
      SECRET_KEY: t.config.secretKey,
      STORAGE_BACKEND: 's3',
    };
    expect(() => loadConfig(base)).toThrow(/S3_BUCKET is required with STORAGE_BACKEND=s3/);
    expect(() => loadConfig({ ...base, S3_BUCKET: 'gcm', S3_ACCESS_KEY_ID: 'id' })).toThrow(
      /S3_SECRET_ACCESS_KEY is required with the other half of the key pair/,
    );
    expect(() => loadConfig({ ...base, S3_BUCKET: 'Not A Bucket' })).toThrow(
      /S3_BUCKET must be a bucket name/,
    );
    expect(() => loadConfig({ ...base, S3_BUCKET: 'gcm', S3_KEY_PREFIX: 'no-slash' })).toThrow(
      /S3_KEY_PREFIX must be empty or path segments ending in \//,
    );
    expect(loadConfig({ ...base, S3_BUCKET: 'gcm' }).s3).toEqual({
      endpoint: null,
      region: 'us-east-1',
      bucket: 'gcm',
      credentials: null,
      forcePathStyle: false,
      keyPrefix: '',
    });
  });
});

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true }).map(String);
  } catch {
    return [];
  }
}

/**
 * `npm run admin -- migrate-storage` with STORAGE_BACKEND=s3: the files under STORAGE_DIR (or,
 * failing a file, the bytes in PostgreSQL) into the bucket, checked by sha256 before and after,
 * idempotent.
 */
describe('npm run admin -- migrate-storage: attachments into S3', () => {
  let s3: TestS3;
  let client: S3Client;
  let t: TestApp;
  let s3Config: AppConfig;
  const uploaded: UploadedFile[] = [];

  beforeAll(async () => {
    s3 = await startTestS3('gcm-migration');
    client = clientOf(s3);
    t = await bootTestApp({ env: { STORAGE_BACKEND: 'files' } });
    s3Config = s3ConfigOf(t.config, s3);
    const mlsp = await t.signIn(DEMO.contributor);
    const url = `/api/assignments/${await demoIds(t).assignment('1b', 'MLSP')}/attachments`;
    uploaded.push(
      ...(await uploadFiles(t, mlsp, url, [
        [pdfOfSize(3 * MIB + 17), 'first.pdf'],
        [samplePng(), 'second.png'],
        [samplePdf('Third, in PostgreSQL'), 'third.pdf'],
        [samplePdf('Fourth, damaged'), 'fourth.pdf'],
      ])),
    );
    await mlsp.delete(`/api/attachments/${uploaded[1]?.id}`).expect(204);
    // The third was moved into PostgreSQL earlier (an installation that ran migrate-storage once).
    const third = uploaded[2];
    if (!third) throw new Error('four uploads expected');
    await t.app
      .get(PostgresAttachmentStorage)
      .putVerified(third.storageKey, third.bytes, sha256(third.bytes));
    rmSync(third.file);
  });

  afterAll(async () => {
    await removeStorage(t);
    await t?.close();
    client?.destroy();
    await s3?.close();
  });

  async function migrate(): Promise<{ code: number; lines: string[] }> {
    const lines: string[] = [];
    const code = await runAdminCommand(['migrate-storage'], s3Config, (line) => lines.push(line));
    return { code, lines };
  }

  it('copies what matches its sha256 (from files, and from PostgreSQL), reports the damaged file, and is idempotent', async () => {
    const [first, second, third, fourth] = uploaded;
    if (!first || !second || !third || !fourth) throw new Error('four uploads expected');
    const damaged = Buffer.from(fourth.bytes);
    damaged.writeUInt8(damaged.readUInt8(damaged.length - 2) ^ 0xff, damaged.length - 2);
    writeFileSync(fourth.file, damaged);

    const run1 = await migrate();
    expect(run1.lines[0]).toBe(
      `Copying attachment bytes from ${t.config.storageDir} and PostgreSQL into the S3 bucket gcm-migration…`,
    );
    expect(
      run1.lines.some((line) =>
        line.startsWith(`not copied: ${fourth.storageKey} has sha256 ${sha256(damaged)}`),
      ),
    ).toBe(true);
    expect(run1.lines).toContain(
      '4 attachments: 3 copied, 0 already in S3, 0 missing, 1 not matching their sha256.',
    );
    expect(run1.code).toBe(1);
    for (const { storageKey, bytes } of [first, second, third]) {
      expect(sha256((await objectBytes(client, s3.bucket, storageKey)) ?? Buffer.alloc(0))).toBe(
        sha256(bytes),
      );
    }
    expect(await objectBytes(client, s3.bucket, fourth.storageKey)).toBeNull();

    const run2 = await migrate();
    expect(run2.lines).toContain(
      '4 attachments: 0 copied, 3 already in S3, 0 missing, 1 not matching their sha256.',
    );
    expect(run2.code).toBe(1);

    // The file restored: the third run copies only it, and then all is there.
    writeFileSync(fourth.file, fourth.bytes);
    const run3 = await migrate();
    expect(run3.lines).toContain(
      '4 attachments: 1 copied, 3 already in S3, 0 missing, 0 not matching their sha256.',
    );
    expect(run3.code).toBe(0);
    const run4 = await migrate();
    expect(run4.lines).toContain(
      '4 attachments: 0 copied, 4 already in S3, 0 missing, 0 not matching their sha256.',
    );
    expect(run4.code).toBe(0);
  });

  it('an object that does not match its attachment is copied again', async () => {
    const first = uploaded[0];
    if (!first) throw new Error('uploads expected');
    await client.send(
      new PutObjectCommand({ Bucket: s3.bucket, Key: first.storageKey, Body: Buffer.from('truncated') }),
    );
    const run = await migrate();
    expect(run.lines).toContain(
      '4 attachments: 1 copied, 3 already in S3, 0 missing, 0 not matching their sha256.',
    );
    expect(sha256((await objectBytes(client, s3.bucket, first.storageKey)) ?? Buffer.alloc(0))).toBe(
      sha256(first.bytes),
    );
  });

  it('an API on STORAGE_BACKEND=s3 with no files left serves every attachment from the bucket', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'gcm-no-files-'));
    let app: NestExpressApplication | undefined;
    try {
      app = await createApp({ ...s3Config, storageDir: empty }, { clock: t.clock });
      await app.init();
      const agent = request.agent(app.getHttpServer()).set('Origin', s3Config.publicUrl);
      await agent
        .post('/api/auth/sign-in')
        .send({ email: DEMO.coordinator, password: DEMO.password })
        .expect(200);
      for (const item of [0, 2, 3].map((index) => uploaded[index])) {
        if (!item) throw new Error('uploads expected');
        const { id, bytes } = item;
        const response = await download(agent, id);
        expect(response.status).toBe(200);
        expect(Buffer.compare(response.body, bytes)).toBe(0);
      }
    } finally {
      await app?.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
