import type { OutboxMessage } from '@gcm/db';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { OutgoingMail } from '../../infra/mail/mail-transport';
import { AttachmentStorage } from '../../infra/storage/attachment-storage';
import { OutboxHandlers } from '../outbox/outbox-handlers';
import { ReportRepository } from './report.repository';
import { attachmentMailName } from './report-attachments';
import { DOCX_MEDIA_TYPE } from './report-docx';

/** The payload of a 'report.submission' outbox row: the submission and the attachments as numbered then. */
const ZSubmissionMailPayload = z.object({
  submissionId: z.uuid(),
  attachments: z.array(z.object({ id: z.uuid(), number: z.number().int().min(1) })).default([]),
});

/**
 * The files of a submission e-mail, read at send time: the .docx exactly as recorded, then each
 * numbered attachment from storage as "Attachment N - <name>". A missing file throws, so the
 * attempt fails and is retried, and the coordinator sees the e-mail fail rather than go out
 * incomplete.
 */
@Injectable()
export class SubmissionMailHandler implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlers,
    private readonly report: ReportRepository,
    private readonly storage: AttachmentStorage,
  ) {}

  onModuleInit(): void {
    this.handlers.register('report.submission', {
      attachments: (row) => this.attachments(row),
      threadOf: (row) => this.threadOf(row),
    });
  }

  /** An amended version answers the e-mail of the first, so ESCAP reads them as one thread. */
  async threadOf(row: Pick<OutboxMessage, 'id' | 'payload'>): Promise<string | null> {
    const { submissionId } = ZSubmissionMailPayload.parse(row.payload);
    const first = await this.report.firstSubmissionMail(submissionId);
    return first && first !== row.id ? first : null;
  }

  async attachments(row: Pick<OutboxMessage, 'payload'>): Promise<OutgoingMail['attachments']> {
    const { submissionId, attachments } = ZSubmissionMailPayload.parse(row.payload);
    const submission = await this.report.submittedDocument(submissionId);
    if (!submission) throw new Error(`Submission ${submissionId} does not exist`);
    const files: OutgoingMail['attachments'] = [
      {
        filename: submission.fileName,
        contentType: DOCX_MEDIA_TYPE,
        content: Buffer.from(submission.document),
      },
    ];
    const rows = await this.report.attachmentFiles(attachments.map((attachment) => attachment.id));
    const byId = new Map(rows.map((stored) => [stored.id, stored]));
    for (const { id, number } of [...attachments].sort((a, b) => a.number - b.number)) {
      const stored = byId.get(id);
      const file = stored ? await this.storage.open(stored.storageKey) : null;
      if (!stored || !file)
        throw new Error(`The file of Attachment ${number} (${stored?.fileName ?? id}) is missing`);
      const chunks: Buffer[] = [];
      for await (const chunk of file.stream) chunks.push(chunk as Buffer);
      files.push({
        filename: attachmentMailName(number, stored.fileName),
        contentType: stored.mediaType,
        content: Buffer.concat(chunks),
      });
    }
    return files;
  }
}
