import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { runAdminCommand } from '../src/admin';
import type { AppConfig } from '../src/config/config';
import { createApp } from '../src/main';
import {
  binaryParser,
  demoIds,
  removeStorage,
  samplePdf,
  samplePng,
  type UploadedFile,
  uploadFiles,
} from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const CLI = path.resolve(__dirname, '..', '..', '..', 'packages', 'db', 'dist', 'cli.js');

/** `npm run db -- backup` into a new file: what it prints. */
async function backupSays(databaseUrl: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcm-backup-'));
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [CLI, 'backup', path.join(dir, 'a.dump')],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl },
      },
    );
    return stdout + stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * An installation that kept its attachments as files (STORAGE_BACKEND=files, as before decision
 * 0031) copies them into PostgreSQL with `npm run admin -- migrate-storage`: checked by sha256,
 * resumable after a stop, idempotent, and then read from PostgreSQL with no files at all.
 */
describe('npm run admin -- migrate-storage: attachment files into PostgreSQL', () => {
  let t: TestApp;
  let postgresConfig: AppConfig;
  const uploaded: UploadedFile[] = [];

  beforeAll(async () => {
    t = await bootTestApp({ env: { STORAGE_BACKEND: 'files' } });
    postgresConfig = { ...t.config, storageBackend: 'postgres' };
    const ids = demoIds(t);
    const mlsp = await t.signIn(DEMO.contributor);
    const url = `/api/assignments/${await ids.assignment('1b', 'MLSP')}/attachments`;
    const files: [Buffer, string][] = [
      [samplePdf('First'), 'first.pdf'],
      [samplePng(), 'second.png'],
      [samplePdf('Third'), 'third.pdf'],
      [samplePdf('Fourth, removed later'), 'fourth.pdf'],
    ];
    uploaded.push(...(await uploadFiles(t, mlsp, url, files)));
    // A deleted attachment keeps its bytes for the record: they are copied too.
    await mlsp.delete(`/api/attachments/${uploaded[3]?.id}`).expect(204);
  });

  afterAll(async () => {
    await removeStorage(t);
    await t?.close();
  });

  async function migrate(): Promise<{ code: number; lines: string[] }> {
    const lines: string[] = [];
    const code = await runAdminCommand(['migrate-storage'], postgresConfig, (line) => lines.push(line));
    return { code, lines };
  }

  async function storedInPostgres(storageKey: string): Promise<Buffer | null> {
    const pieces = await t.prisma.storedFileChunk.findMany({
      where: { storageKey },
      orderBy: { seq: 'asc' },
    });
    return pieces.length ? Buffer.concat(pieces.map((piece) => piece.data)) : null;
  }

  /** An API process on STORAGE_BACKEND=postgres reading old files from `storageDir`: each download's sha256, or its status. */
  async function downloadsOnPostgres(storageDir: string): Promise<(string | number)[]> {
    let app: NestExpressApplication | undefined;
    try {
      app = await createApp({ ...postgresConfig, storageDir }, { clock: t.clock });
      await app.init();
      const agent = request.agent(app.getHttpServer()).set('Origin', postgresConfig.publicUrl);
      await agent
        .post('/api/auth/sign-in')
        .send({ email: DEMO.coordinator, password: DEMO.password })
        .expect(200);
      const results: (string | number)[] = [];
      for (const { id } of uploaded.slice(0, 3)) {
        const response = await agent.get(`/api/attachments/${id}/download`).buffer(true).parse(binaryParser);
        results.push(response.status === 200 ? sha256(response.body) : response.status);
      }
      return results;
    } finally {
      await app?.close();
    }
  }

  it('before: the files are on disk and nothing is in PostgreSQL; the backup says so', async () => {
    expect(await t.prisma.storedFileChunk.count()).toBe(0);
    for (const { file, bytes } of uploaded) expect(sha256(readFileSync(file))).toBe(sha256(bytes));
    expect(await backupSays(t.db.url)).toMatch(
      /4 attachments have their bytes outside the database \(files under STORAGE_DIR\): back that directory up too/,
    );
  });

  it('after the upgrade to STORAGE_BACKEND=postgres and before the copy, downloads still come from the old files', async () => {
    expect(await downloadsOnPostgres(t.config.storageDir)).toEqual(
      uploaded.slice(0, 3).map(({ bytes }) => sha256(bytes)),
    );
  });

  it('copies what it can check, and reports a missing file and a file that does not match its sha256', async () => {
    const [, , third, fourth] = uploaded;
    if (!third || !fourth) throw new Error('four uploads expected');
    renameSync(third.file, `${third.file}.away`);
    const damaged = Buffer.from(fourth.bytes);
    const at = damaged.length - 2;
    damaged.writeUInt8(damaged.readUInt8(at) ^ 0xff, at);
    writeFileSync(fourth.file, damaged);

    const { code, lines } = await migrate();
    expect(code).toBe(1);
    expect(lines).toContain(`missing: ${third.storageKey} (no file under STORAGE_DIR)`);
    expect(
      lines.some((line) => line.startsWith(`not copied: ${fourth.storageKey} has sha256 ${sha256(damaged)}`)),
    ).toBe(true);
    expect(lines).toContain(
      '4 attachments: 2 copied, 0 already in PostgreSQL, 1 missing, 1 not matching their sha256.',
    );
    for (const { storageKey, bytes } of uploaded.slice(0, 2)) {
      expect((await storedInPostgres(storageKey))?.equals(bytes)).toBe(true);
    }
    expect(await storedInPostgres(third.storageKey)).toBeNull();
    expect(await storedInPostgres(fourth.storageKey)).toBeNull();

    // The files come back from the backup: the second run copies only those two.
    renameSync(`${third.file}.away`, third.file);
    writeFileSync(fourth.file, fourth.bytes);
    const again = await migrate();
    expect(again.code).toBe(0);
    expect(again.lines).toContain(
      '4 attachments: 2 copied, 2 already in PostgreSQL, 0 missing, 0 not matching their sha256.',
    );
    for (const { storageKey, bytes } of uploaded) {
      expect((await storedInPostgres(storageKey))?.equals(bytes)).toBe(true);
    }
  });

  it('a third run changes nothing', async () => {
    const pieces = await t.prisma.storedFileChunk.findMany({
      orderBy: [{ storageKey: 'asc' }, { seq: 'asc' }],
    });
    const { code, lines } = await migrate();
    expect(code).toBe(0);
    expect(lines).toContain(
      '4 attachments: 0 copied, 4 already in PostgreSQL, 0 missing, 0 not matching their sha256.',
    );
    expect(
      await t.prisma.storedFileChunk.findMany({ orderBy: [{ storageKey: 'asc' }, { seq: 'asc' }] }),
    ).toEqual(pieces);
  });

  it('two runs at once copy each file once between them', async () => {
    await t.prisma.storedFileChunk.deleteMany({});
    const runs = await Promise.all([migrate(), migrate()]);
    expect(runs.map((result) => result.code)).toEqual([0, 0]);
    const counted = runs.map((result) => {
      const summary = result.lines.find((line) => line.startsWith('4 attachments:')) ?? '';
      const [, copied, already] = /(\d+) copied, (\d+) already/.exec(summary) ?? [];
      return { copied: Number(copied), already: Number(already) };
    });
    expect(counted.reduce((sum, run) => sum + run.copied, 0)).toBe(4);
    expect(counted.reduce((sum, run) => sum + run.already, 0)).toBe(4);
    for (const { storageKey, bytes } of uploaded) {
      expect((await storedInPostgres(storageKey))?.equals(bytes)).toBe(true);
    }
  });

  it('an API process on STORAGE_BACKEND=postgres, with no files at all, serves every attachment byte for byte', async () => {
    await removeStorage(t);
    expect(await downloadsOnPostgres(path.join(t.config.storageDir, 'gone'))).toEqual(
      uploaded.slice(0, 3).map(({ bytes }) => sha256(bytes)),
    );
    expect(await backupSays(t.db.url)).not.toMatch(/outside the database/);
  });

  it('an attachment with neither pieces nor a file is reported missing, not served', async () => {
    const [first] = uploaded;
    await t.prisma.storedFileChunk.deleteMany({ where: { storageKey: first?.storageKey } });
    const [status] = await downloadsOnPostgres(t.config.storageDir);
    expect(status).toBe(500);
  });

  it('refuses extra words rather than guess', async () => {
    const lines: string[] = [];
    expect(
      await runAdminCommand(['migrate-storage', 'now'], postgresConfig, (line) => lines.push(line)),
    ).toBe(2);
    expect(lines.join('\n')).toMatch(/^Usage: npm run admin/);
  });
});
