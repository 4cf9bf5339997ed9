import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { ZAttachment } from '@gcm/domain';
import type request from 'supertest';
import { PostgresAttachmentStorage } from '../src/infra/storage/postgres-attachment-storage';
import {
  binaryParser,
  createOutsiderWithReview,
  type DemoIds,
  databaseFingerprint,
  demoIds,
  samplePdf,
  storageDirOf,
} from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const MIB = 1024 * 1024;

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A PDF of exactly `size` bytes: a valid one, then random bytes after its end marker. */
function pdfOfSize(size: number): Buffer {
  const head = samplePdf('A large annex');
  return Buffer.concat([head, randomBytes(size - head.length)]);
}

/**
 * STORAGE_BACKEND=postgres, the default (decision 0031): bytes in stored_file_chunk, in pieces of
 * 1 MiB, written in the attachment's transaction and read one piece at a time.
 */
describe('attachment bytes in PostgreSQL', () => {
  let t: TestApp;
  let ids: DemoIds;
  let mlsp: request.Agent;
  let coordinator: request.Agent;
  let url: string;

  beforeAll(async () => {
    // No STORAGE_BACKEND and the default UPLOAD_MAX_BYTES (20 MiB): what an installation gets.
    t = await bootTestApp();
    ids = demoIds(t);
    [mlsp, coordinator] = await Promise.all([t.signIn(DEMO.contributor), t.signIn(DEMO.coordinator)]);
    url = `/api/assignments/${await ids.assignment('1b', 'MLSP')}/attachments`;
  });

  afterAll(async () => {
    await t.prisma.$executeRawUnsafe('drop trigger if exists fail_third_piece on stored_file_chunk');
    await t?.close();
  });

  const pieces = (storageKey: string) =>
    t.prisma.storedFileChunk.findMany({
      where: { storageKey },
      orderBy: { seq: 'asc' },
      select: { seq: true, data: true },
    });

  async function download(agent: request.Agent, id: string) {
    return agent.get(`/api/attachments/${id}/download`).buffer(true).parse(binaryParser);
  }

  let large: { id: string; bytes: Buffer; storageKey: string };

  it('a file of the full 20 MiB limit is stored in 20 pieces of 1 MiB and downloads byte for byte', async () => {
    expect(t.config.storageBackend).toBe('postgres');
    expect(t.config.uploadMaxBytes).toBe(20 * MIB);
    const bytes = pdfOfSize(20 * MIB);
    const response = await mlsp.post(url).attach('file', bytes, 'annex.pdf').expect(201);
    const attachment = ZAttachment.parse(response.body);
    expect(attachment).toMatchObject({ sizeBytes: bytes.length, sha256: sha256(bytes) });
    const row = await t.prisma.attachment.findUniqueOrThrow({ where: { id: attachment.id } });
    const stored = await pieces(row.storageKey);
    expect(stored.map((piece) => piece.seq)).toEqual([...Array(20).keys()]);
    expect(stored.every((piece) => piece.data.length === MIB)).toBe(true);
    large = { id: attachment.id, bytes, storageKey: row.storageKey };

    const downloaded = await download(coordinator, attachment.id);
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers['content-length']).toBe(String(bytes.length));
    expect(Buffer.compare(downloaded.body, bytes)).toBe(0);
    // Nothing went to the file system.
    const dir = storageDirOf(t);
    expect(existsSync(dir) ? readdirSync(dir, { recursive: true }) : []).toEqual([]);
  });

  it('a size that is not a whole number of pieces ends in a shorter last piece', async () => {
    const bytes = pdfOfSize(2 * MIB + 12_345);
    const response = await mlsp.post(url).attach('file', bytes, 'annex-2.pdf').expect(201);
    const row = await t.prisma.attachment.findUniqueOrThrow({ where: { id: response.body.id } });
    expect((await pieces(row.storageKey)).map((piece) => piece.data.length)).toEqual([MIB, MIB, 12_345]);
    const downloaded = await download(mlsp, row.id);
    expect(Buffer.compare(downloaded.body, bytes)).toBe(0);
  });

  it('a download reads its pieces as the reader asks for them, not all at once', async () => {
    const storage = t.app.get(PostgresAttachmentStorage);
    const file = await storage.open(large.storageKey);
    expect(file?.size).toBe(20 * MIB);
    const reader = file?.stream[Symbol.asyncIterator]();
    const first = (await reader?.next())?.value as Buffer;
    expect(Buffer.compare(first, large.bytes.subarray(0, MIB))).toBe(0);
    // Take the later pieces away while the stream has read only the first ones: a stream that had
    // read the whole file already would not notice.
    const copy = await pieces(large.storageKey);
    await t.prisma.storedFileChunk.deleteMany({ where: { storageKey: large.storageKey, seq: { gte: 3 } } });
    try {
      let error: unknown = null;
      try {
        for (let next = await reader?.next(); next && !next.done; next = await reader?.next()) {}
      } catch (caught) {
        error = caught;
      }
      expect(String(error)).toMatch(/Piece 3 of .* is missing/);
    } finally {
      await t.prisma.storedFileChunk.createMany({
        data: copy
          .filter((piece) => piece.seq >= 3)
          .map((piece) => ({ storageKey: large.storageKey, ...piece })),
      });
    }
    expect(Buffer.compare((await download(mlsp, large.id)).body, large.bytes)).toBe(0);
  });

  it('when storing the bytes fails half-way, neither the row, nor a piece, nor the audit event is left', async () => {
    // A real failure inside the transaction: PostgreSQL refuses the third piece.
    await t.prisma.$executeRawUnsafe(`
      create or replace function fail_third_piece() returns trigger language plpgsql as $$
      begin
        if new.seq = 2 then raise exception 'disk full (simulated)'; end if;
        return new;
      end $$`);
    await t.prisma.$executeRawUnsafe(
      'create trigger fail_third_piece before insert on stored_file_chunk for each row execute function fail_third_piece()',
    );
    const before = await databaseFingerprint(t);
    const piecesBefore = await t.prisma.storedFileChunk.count();
    const bytes = pdfOfSize(3 * MIB);
    const response = await mlsp.post(url).attach('file', bytes, 'annex-3.pdf');
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.body)).not.toMatch(/disk full|stored_file_chunk|prisma/i);
    expect(await databaseFingerprint(t)).toEqual(before);
    expect(await t.prisma.storedFileChunk.count()).toBe(piecesBefore);
    expect(await t.prisma.attachment.count({ where: { fileName: 'annex-3.pdf' } })).toBe(0);

    // The same upload without the fault goes through: the refusal above was the fault's.
    await t.prisma.$executeRawUnsafe('drop trigger fail_third_piece on stored_file_chunk');
    await mlsp.post(url).attach('file', bytes, 'annex-3.pdf').expect(201);
    expect(await t.prisma.storedFileChunk.count()).toBe(piecesBefore + 3);
  });

  it("another review's coordinator neither downloads nor adds bytes to this review's attachments", async () => {
    const { agent: other, reviewId } = await createOutsiderWithReview(t, 'coordinator@other-review.example');
    expect(reviewId).not.toBe(ids.reviewId);
    const piecesBefore = await t.prisma.storedFileChunk.count();
    const before = await databaseFingerprint(t);
    const refused = await other.get(`/api/attachments/${large.id}/download`).buffer(true).parse(binaryParser);
    expect(refused.status).toBe(404);
    expect(refused.body.includes(large.bytes.subarray(0, 64))).toBe(false);
    await other.post(url).attach('file', samplePdf('From elsewhere'), 'elsewhere.pdf').expect(404);
    expect(await databaseFingerprint(t)).toEqual(before);
    expect(await t.prisma.storedFileChunk.count()).toBe(piecesBefore);
    // While this review's own coordinator still reads it.
    expect(Buffer.compare((await download(coordinator, large.id)).body, large.bytes)).toBe(0);
  });
});
