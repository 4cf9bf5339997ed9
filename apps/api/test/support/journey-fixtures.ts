import { rm } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { ZAttachment } from '@gcm/domain';
import type request from 'supertest';
import { APP_CONFIG, type AppConfig } from '../../src/config/config';
import { DEMO, type TestApp } from './test-app';

/** Ids of the demo review's records, looked up by what people call them. */
export interface DemoIds {
  reviewId: string;
  question(code: string): Promise<string>;
  organisation(shortName: string): Promise<string>;
  person(email: string): Promise<string>;
  assignment(code: string, shortName: string): Promise<string>;
}

export function demoIds(t: TestApp): DemoIds {
  const reviewId = t.demoReviewId;
  if (!reviewId) throw new Error('These tests need the seeded demo review');
  return {
    reviewId,
    async question(code) {
      return (await t.prisma.question.findFirstOrThrow({ where: { reviewId, code } })).id;
    },
    async organisation(shortName) {
      return (await t.prisma.organisation.findFirstOrThrow({ where: { shortName } })).id;
    },
    async person(email) {
      return (await t.prisma.person.findUniqueOrThrow({ where: { email } })).id;
    },
    async assignment(code, shortName) {
      const row = await t.prisma.assignment.findFirstOrThrow({
        where: { reviewId, question: { code }, organisation: { shortName } },
      });
      return row.id;
    },
  };
}

/** A person with the demo password who is a member of no review. */
export async function createOutsider(t: TestApp, email = 'outsider@example.org'): Promise<void> {
  const member = await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.observer } });
  await t.prisma.person.create({
    data: { email, name: 'Outside Person', passwordHash: member.passwordHash },
  });
}

/** The demo review's people the feature tests act as, signed in, and an outsider to it. */
export interface DemoCast {
  coordinator: request.Agent;
  /** MLSP's focal point. */
  contributor: request.Agent;
  /** UNICEF's focal point, a stakeholder. */
  stakeholder: request.Agent;
  observer: request.Agent;
  /** Signed in, but a member of no review (created here). */
  outsider: request.Agent;
}

export async function signInDemoCast(t: TestApp): Promise<DemoCast> {
  await createOutsider(t);
  const [coordinator, contributor, stakeholder, observer, outsider] = await Promise.all([
    t.signIn(DEMO.coordinator),
    t.signIn(DEMO.contributor),
    t.signIn(DEMO.stakeholder),
    t.signIn(DEMO.observer),
    t.signIn('outsider@example.org'),
  ]);
  return { coordinator, contributor, stakeholder, observer, outsider };
}

/**
 * An outsider who is the coordinator of a review of their own: the person is created here and
 * creates the review through the API, so the two reviews have different creators. Returns the
 * outsider's signed-in agent and review id.
 */
export async function createOutsiderWithReview(
  t: TestApp,
  email = 'outsider@example.org',
): Promise<{ agent: request.Agent; reviewId: string }> {
  await createOutsider(t, email);
  // Starting a review takes the right an administrator grants.
  await t.prisma.person.update({ where: { email }, data: { mayCreateReviews: true } });
  const agent = await t.signIn(email);
  const response = await agent.post('/api/reviews').send({
    templateKey: 'escap-gcm-review-2020',
    country: 'Outsideland',
    cycle: 2024,
    timeZone: 'Asia/Bangkok',
    finalDueDate: '2024-08-31',
  });
  if (response.status !== 201) throw new Error(`The outsider's review: ${response.status} ${response.text}`);
  return { agent, reviewId: response.body.id };
}

/**
 * Everything a refused request must leave as it was: row counts, versions and last changes of
 * the tables the endpoints write (sessions are left out: signing in writes them).
 */
export async function databaseFingerprint(t: TestApp): Promise<Record<string, string>> {
  const rows = await t.prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT
      (SELECT count(*) FROM assignment) AS assignments,
      (SELECT coalesce(sum(version), 0) FROM assignment) AS assignment_versions,
      (SELECT max(updated_at) FROM assignment) AS assignment_updated,
      (SELECT string_agg(state::text, ',' ORDER BY id) FROM assignment) AS assignment_states,
      (SELECT count(*) FROM assignment_focal_point) AS focal_points,
      (SELECT count(*) FROM contribution) AS contributions,
      (SELECT coalesce(sum(version), 0) FROM contribution) AS contribution_versions,
      (SELECT max(updated_at) FROM contribution) AS contribution_updated,
      (SELECT count(*) FROM contribution_revision) AS revisions,
      (SELECT count(*) FROM attachment) AS attachments,
      (SELECT count(*) FROM attachment WHERE deleted_at IS NOT NULL) AS deleted_attachments,
      (SELECT count(*) FROM assignment_comment) AS comments,
      (SELECT count(*) FROM audit_event) AS audit_events,
      (SELECT count(*) FROM membership) AS memberships,
      (SELECT count(*) FROM person) AS people,
      (SELECT count(*) FROM invitation) AS invitations,
      (SELECT count(*) FROM review) AS reviews,
      (SELECT coalesce(sum(version), 0) FROM review) AS review_versions,
      (SELECT count(*) FROM organisation) AS organisations,
      (SELECT max(updated_at) FROM organisation) AS organisation_updated,
      (SELECT count(*) FROM review_organisation) AS review_organisations,
      (SELECT count(*) FROM workspace) AS workspaces,
      (SELECT count(*) FROM workspace_contact) AS workspace_contacts,
      (SELECT count(*) FROM organisation WHERE archived_at IS NOT NULL) AS archived_organisations,
      (SELECT count(*) FROM outbox_message) AS outbox,
      (SELECT string_agg(status::text, ',' ORDER BY id) FROM outbox_message) AS outbox_states,
      (SELECT count(*) FROM answer) AS answers,
      (SELECT coalesce(sum(version), 0) FROM answer) AS answer_versions,
      (SELECT count(*) FROM workshop) AS workshops,
      (SELECT coalesce(sum(version), 0) FROM workshop) AS workshop_versions,
      (SELECT count(*) FROM workshop_participant) AS workshop_participants,
      (SELECT count(*) FROM action_item) AS action_items,
      (SELECT coalesce(sum(version), 0) FROM action_item) AS action_item_versions,
      (SELECT count(*) FROM vote_round) AS vote_rounds,
      (SELECT coalesce(sum(version), 0) FROM vote_round) AS vote_round_versions,
      (SELECT count(*) FROM vote_round WHERE closed_at IS NOT NULL) AS closed_vote_rounds,
      (SELECT count(*) FROM ballot) AS ballots,
      (SELECT count(*) FROM priority_objective) AS priority_objectives,
      (SELECT count(*) FROM submission) AS submissions,
      (SELECT count(*) FROM amendment) AS amendments,
      (SELECT count(*) FROM person WHERE calendar_token_hash IS NOT NULL) AS calendar_feeds,
      (SELECT string_agg(coalesce(calendar_token_hash, '-'), ',' ORDER BY id) FROM person) AS calendar_tokens`;
  return Object.fromEntries(Object.entries(rows[0] ?? {}).map(([key, value]) => [key, String(value)]));
}

/** An attachment uploaded through the API, with where its bytes would lie as a file. */
export interface UploadedFile {
  id: string;
  bytes: Buffer;
  storageKey: string;
  file: string;
}

/** Uploads each file to `url` (an upload route) as `agent`, in order. */
export async function uploadFiles(
  t: TestApp,
  agent: request.Agent,
  url: string,
  files: ReadonlyArray<readonly [Buffer, string]>,
): Promise<UploadedFile[]> {
  const uploaded: UploadedFile[] = [];
  for (const [bytes, name] of files) {
    const { id } = ZAttachment.parse((await agent.post(url).attach('file', bytes, name).expect(201)).body);
    const { storageKey } = await t.prisma.attachment.findUniqueOrThrow({ where: { id } });
    uploaded.push({ id, bytes, storageKey, file: path.join(storageDirOf(t), storageKey) });
  }
  return uploaded;
}

export function storageDirOf(t: TestApp): string {
  return t.app.get<AppConfig>(APP_CONFIG).storageDir;
}

/** Removes this test app's attachment files (its storage directory is its own). */
export async function removeStorage(t: TestApp): Promise<void> {
  await rm(storageDirOf(t), { recursive: true, force: true });
}

/** A small but valid one-page PDF (correct cross-reference table). */
export function samplePdf(text = 'GCM review attachment'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 12 Tf 20 70 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 20 70 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid 2×2 RGB PNG image. */
export function samplePng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The start of a Windows executable (an "MZ" DOS header pointing at a PE header). */
export function sampleExecutable(): Buffer {
  const bytes = Buffer.alloc(256);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

/** Supertest keeps a binary response as text unless told to buffer it. */
export function binaryParser(
  response: request.Response,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}
