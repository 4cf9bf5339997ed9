import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { type TAttachment, ZAttachment, ZContribution } from '@gcm/domain';
import type request from 'supertest';
import {
  binaryParser,
  type DemoIds,
  databaseFingerprint,
  demoIds,
  removeStorage,
  sampleExecutable,
  samplePdf,
  samplePng,
  storageDirOf,
} from './support/journey-fixtures';
import { clientOf, keysIn, objectBytes, startTestS3, type TestS3 } from './support/s3-server';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const LIMIT = 64 * 1024;

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every file under the storage directory, relative to it. */
function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The same behaviour on every storage backend (decision 0031); s3 against a real S3 API server. */
describe.each(['postgres', 'files', 's3'] as const)(
  'attachments: files checked by content, stored with their row (STORAGE_BACKEND=%s)',
  (backend) => {
    let t: TestApp;
    let ids: DemoIds;
    let mlsp: request.Agent;
    let coordinator: request.Agent;
    let gdbp: request.Agent;
    let stakeholder: request.Agent;
    let url: string;
    let storage: string;
    let s3: TestS3 | null = null;
    let bucket: S3Client | null = null;

    beforeAll(async () => {
      s3 = backend === 's3' ? await startTestS3() : null;
      bucket = s3 && clientOf(s3);
      t = await bootTestApp({
        env: { UPLOAD_MAX_BYTES: String(LIMIT), STORAGE_BACKEND: backend, ...s3?.env },
      });
      ids = demoIds(t);
      storage = storageDirOf(t);
      [mlsp, coordinator, gdbp, stakeholder] = await Promise.all([
        t.signIn(DEMO.contributor),
        t.signIn(DEMO.coordinator),
        t.signIn(DEMO.borderContributor),
        t.signIn(DEMO.stakeholder),
      ]);
      url = `/api/assignments/${await ids.assignment('1b', 'MLSP')}/attachments`;
    });

    afterAll(async () => {
      await removeStorage(t);
      await t.close();
      bucket?.destroy();
      await s3?.close();
    });

    /** The storage keys that have bytes, wherever this backend keeps them. */
    async function storedFiles(): Promise<string[]> {
      if (backend === 'files') return filesUnder(storage);
      if (s3 && bucket) return keysIn(bucket, s3.bucket);
      const rows = await t.prisma.storedFileChunk.findMany({
        where: { seq: 0 },
        select: { storageKey: true },
      });
      return rows.map((row) => row.storageKey).sort();
    }

    /** The stored bytes of `key`, read past the API. */
    async function storedBytes(key: string): Promise<Buffer | null> {
      if (backend === 'files') {
        return existsSync(path.join(storage, key)) ? readFileSync(path.join(storage, key)) : null;
      }
      if (s3 && bucket) return objectBytes(bucket, s3.bucket, key);
      const chunks = await t.prisma.storedFileChunk.findMany({
        where: { storageKey: key },
        orderBy: { seq: 'asc' },
      });
      return chunks.length ? Buffer.concat(chunks.map((chunk) => chunk.data)) : null;
    }

    async function download(agent: request.Agent, id: string) {
      return agent.get(`/api/attachments/${id}/download`).buffer(true).parse(binaryParser);
    }

    /** A refused upload leaves no row, no audit event and no file behind. */
    async function expectRefused(
      send: () => Promise<request.Response>,
      status: number,
      message: string | RegExp,
    ): Promise<void> {
      const before = await databaseFingerprint(t);
      const filesBefore = await storedFiles();
      const response = await send();
      expect({ status: response.status, message: response.body.message }).toEqual({
        status,
        message: typeof message === 'string' ? message : expect.stringMatching(message),
      });
      expect(await databaseFingerprint(t)).toEqual(before);
      expect(await storedFiles()).toEqual(filesBefore);
    }

    let pdf: TAttachment;

    it('a focal point attaches a PDF: its hash, size and type are recorded and the bytes stored once', async () => {
      const bytes = samplePdf('Attachment 1: answers to 1b');
      const response = await mlsp
        .post(url)
        .attach('file', bytes, 'Attachment 1 - answers to 1b.pdf')
        .expect(201);
      pdf = ZAttachment.parse(response.body);
      expect(pdf).toMatchObject({
        fileName: 'Attachment 1 - answers to 1b.pdf',
        mediaType: 'application/pdf',
        sizeBytes: bytes.length,
        sha256: sha256(bytes),
        uploadedBy: { email: DEMO.contributor },
      });
      const row = await t.prisma.attachment.findUniqueOrThrow({ where: { id: pdf.id } });
      expect(row.storageKey).toBe(`${pdf.sha256.slice(0, 2)}/${pdf.id}`);
      expect(await storedFiles()).toEqual([row.storageKey]);
      expect(sha256((await storedBytes(row.storageKey)) ?? Buffer.alloc(0))).toBe(pdf.sha256);
      if (backend !== 'files') expect(filesUnder(storage)).toEqual([]);
      if (backend === 's3') expect(await t.prisma.storedFileChunk.count()).toBe(0);
      const event = await t.prisma.auditEvent.findFirstOrThrow({
        where: { targetId: pdf.id },
        include: { actor: true },
      });
      expect(event).toMatchObject({
        action: 'attachment.uploaded',
        questionId: await ids.question('1b'),
        actor: { email: DEMO.contributor },
        after: { fileName: pdf.fileName, sha256: pdf.sha256, mediaType: 'application/pdf' },
      });
    });

    it('downloads the same bytes, as an attachment the browser will not sniff', async () => {
      const response = await download(coordinator, pdf.id);
      expect(response.status).toBe(200);
      expect(sha256(response.body)).toBe(pdf.sha256);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-length']).toBe(String(pdf.sizeBytes));
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="Attachment 1 - answers to 1b.pdf"; filename*=UTF-8''Attachment%201%20-%20answers%20to%201b.pdf`,
      );
    });

    it('attaches a PNG with a Mongolian name, stripping the path the browser sent', async () => {
      const bytes = samplePng();
      const response = await mlsp
        .post(url)
        .attach('file', bytes, {
          filename: 'C:\\Users\\bold\\Хилийн статистик.png',
          contentType: 'image/png',
        })
        .expect(201);
      const png = ZAttachment.parse(response.body);
      expect(png).toMatchObject({
        fileName: 'Хилийн статистик.png',
        mediaType: 'image/png',
        sha256: sha256(bytes),
      });
      const downloaded = await download(mlsp, png.id);
      expect(Buffer.compare(downloaded.body, bytes)).toBe(0);
      expect(downloaded.headers['content-disposition']).toBe(
        `attachment; filename="______ _________.png"; filename*=UTF-8''${encodeURIComponent('Хилийн статистик.png')}`,
      );
      const contribution = ZContribution.parse(
        (await mlsp.get(url.replace('attachments', 'contribution'))).body,
      );
      expect(contribution.attachments.map((a) => a.fileName)).toEqual([pdf.fileName, 'Хилийн статистик.png']);
    });

    it('accepts UTF-8 text as .csv', async () => {
      const bytes = Buffer.from('province,crossings\nUlaanbaatar,1204\nDarkhan,310\n');
      const response = await mlsp.post(url).attach('file', bytes, 'crossings.csv').expect(201);
      expect(response.body.mediaType).toBe('text/csv; charset=utf-8');
    });

    it('refuses a file one byte over the limit with 413, storing nothing', async () => {
      const bytes = Buffer.concat([samplePdf(), Buffer.alloc(LIMIT + 1 - samplePdf().length, 0x20)]);
      await expectRefused(
        () => mlsp.post(url).attach('file', bytes, 'big.pdf'),
        413,
        'The file "big.pdf" is larger than the upload limit of 64 KB',
      );
    });

    it('refuses a file far over the limit with 413 before reading all of it', async () => {
      const bytes = Buffer.alloc(LIMIT * 4, 0x41);
      await expectRefused(
        () => mlsp.post(url).attach('file', bytes, 'huge.pdf'),
        413,
        'The file is larger than the upload limit of 64 KB',
      );
    });

    it.each([
      [
        'text named .pdf',
        () => Buffer.from('Not a PDF at all, just words.'),
        'notes.pdf',
        '"notes.pdf" is named as a PDF document (.pdf) but its content is plain text; text can be attached as .txt or .csv. Allowed are PDF, DOCX, XLSX, PPTX, ODT, ODS, PNG, JPEG, TXT or CSV files.',
      ],
      [
        'a PNG named .docx',
        samplePng,
        'report.docx',
        '"report.docx" is named as a Word document (DOCX) (.docx) but its content is a PNG image. Rename it with its real extension (.png). Allowed are PDF, DOCX, XLSX, PPTX, ODT, ODS, PNG, JPEG, TXT or CSV files.',
      ],
      [
        'a PNG renamed .pdf',
        samplePng,
        'scan.pdf',
        /^"scan\.pdf" is named as a PDF document \(\.pdf\) but its content is a PNG image\./,
      ],
      [
        'a Windows program named .pdf',
        sampleExecutable,
        'invoice.pdf',
        /^"invoice\.pdf" is a \.exe file \(application\/x-msdownload\) by its content, which cannot be attached\. Allowed are/,
      ],
      [
        'binary bytes of no known type',
        () => Buffer.from([0, 1, 2, 3, 250, 251, 252, 0, 9, 8]),
        'data.txt',
        /^The type of "data\.txt" cannot be recognised from its content\./,
      ],
    ])(
      'refuses %s with 415 saying what it really is, storing nothing',
      async (_name, bytes, fileName, message) => {
        await expectRefused(() => mlsp.post(url).attach('file', bytes(), fileName), 415, message);
      },
    );

    it('refuses a PDF declared by the browser as an image', async () => {
      await expectRefused(
        () => mlsp.post(url).attach('file', samplePdf(), { filename: 'a.pdf', contentType: 'image/png' }),
        415,
        /^"a\.pdf" was sent as image\/png but its content is a PDF document\./,
      );
    });

    it('refuses an empty file, a missing file and a file in another field with 400', async () => {
      await expectRefused(
        () => mlsp.post(url).attach('file', Buffer.alloc(0), 'empty.pdf'),
        400,
        'The file "empty.pdf" is empty',
      );
      await expectRefused(
        () => mlsp.post(url).field('note', 'no file here'),
        400,
        'Attach a file in the multipart form field "file"',
      );
      await expectRefused(
        () => mlsp.post(url).attach('document', samplePdf(), 'a.pdf'),
        400,
        'Send one file in the multipart form field "file" (a file came in "document")',
      );
    });

    it('only people who may edit the contribution upload; readers may not', async () => {
      await expectRefused(
        () => gdbp.post(url).attach('file', samplePdf(), 'a.pdf'),
        403,
        "Only the assigned organisation's focal points or the coordinator can attach files to this contribution",
      );
      await expectRefused(
        () => stakeholder.post(url).attach('file', samplePdf(), 'a.pdf'),
        403,
        'Only the coordinator or a contributor can attach files to this contribution',
      );
      await gdbp.get(`/api/attachments/${pdf.id}/download`).expect(403);
      await stakeholder.get(`/api/attachments/${pdf.id}/download`).expect(403);
    });

    it('removes an attachment softly while editable: the record and the bytes stay, the download is gone', async () => {
      await mlsp.delete(`/api/attachments/${pdf.id}`).expect(204);
      const row = await t.prisma.attachment.findUniqueOrThrow({ where: { id: pdf.id } });
      expect(row.deletedAt).not.toBeNull();
      expect(sha256((await storedBytes(row.storageKey)) ?? Buffer.alloc(0))).toBe(pdf.sha256);
      await mlsp.get(`/api/attachments/${pdf.id}/download`).expect(404);
      await mlsp.delete(`/api/attachments/${pdf.id}`).expect(404);
      const event = await t.prisma.auditEvent.findFirstOrThrow({
        where: { targetId: pdf.id, action: 'attachment.deleted' },
        include: { actor: true },
      });
      expect(event).toMatchObject({ actor: { email: DEMO.contributor }, before: { sha256: pdf.sha256 } });
    });

    it('once submitted, nothing can be attached or removed', async () => {
      const id = await ids.assignment('1b', 'MLSP');
      const contributionUrl = `/api/assignments/${id}/contribution`;
      await mlsp
        .put(contributionUrl)
        .send({ baseVersion: 0, body: 'See the attached statistics.' })
        .expect(200);
      const { assignment, attachments } = ZContribution.parse((await mlsp.get(contributionUrl)).body);
      await mlsp
        .post(`/api/assignments/${id}/transitions`)
        .send({ action: 'submit', version: assignment.version })
        .expect(200);
      await expectRefused(
        () => coordinator.post(url).attach('file', samplePdf(), 'late.pdf'),
        409,
        'A contribution that is submitted cannot be edited',
      );
      const [first] = attachments;
      await expectRefused(
        () => mlsp.delete(`/api/attachments/${first?.id}`),
        409,
        'A contribution that is submitted cannot be edited',
      );
    });
  },
);
