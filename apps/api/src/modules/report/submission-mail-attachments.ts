import type { Prisma } from '@gcm/db';
import { z } from 'zod';
import type { OutgoingMail } from '../../infra/mail/mail-transport';
import type { AttachmentStorage } from '../attachments/attachment-storage';
import { attachmentMailName } from './report-attachments';
import { DOCX_MEDIA_TYPE } from './report-docx';

type Db = Prisma.TransactionClient;

/** The payload of a 'report.submission' outbox row: the submission and the attachments as numbered then. */
const ZSubmissionMailPayload = z.object({
  submissionId: z.uuid(),
  attachments: z.array(z.object({ id: z.uuid(), number: z.number().int().min(1) })).default([]),
});

/**
 * The files of a submission e-mail, read at send time: the .docx exactly as recorded, then each
 * numbered attachment from storage as "Attachment N - <name>". A missing file throws, so the queue
 * retries and the coordinator sees the e-mail fail rather than go out incomplete.
 */
export async function submissionMailAttachments(
  db: Db,
  storage: AttachmentStorage,
  payload: unknown,
): Promise<OutgoingMail['attachments']> {
  const { submissionId, attachments } = ZSubmissionMailPayload.parse(payload);
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    select: { fileName: true, document: true },
  });
  if (!submission) throw new Error(`Submission ${submissionId} does not exist`);
  const files: OutgoingMail['attachments'] = [
    {
      filename: submission.fileName,
      contentType: DOCX_MEDIA_TYPE,
      content: Buffer.from(submission.document),
    },
  ];
  const rows = await db.attachment.findMany({
    where: { id: { in: attachments.map((attachment) => attachment.id) } },
    select: { id: true, fileName: true, mediaType: true, storageKey: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const { id, number } of [...attachments].sort((a, b) => a.number - b.number)) {
    const row = byId.get(id);
    const stored = row ? await storage.open(row.storageKey) : null;
    if (!row || !stored)
      throw new Error(`The file of Attachment ${number} (${row?.fileName ?? id}) is missing`);
    const chunks: Buffer[] = [];
    for await (const chunk of stored.stream) chunks.push(chunk as Buffer);
    files.push({
      filename: attachmentMailName(number, row.fileName),
      contentType: row.mediaType,
      content: Buffer.concat(chunks),
    });
  }
  return files;
}
