import { randomUUID } from 'node:crypto';
import {
  AppError,
  checkCompleteness,
  consentText,
  formatInstant,
  isAfterDeadline,
  isFinishedStatus,
  type TCreateSubmissionRequest,
  type TListSubmissionsResponse,
  type TSubmission,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { renderMail } from '../mail/render';
import { OutboxRepository } from '../outbox/outbox.repository';
import { ReviewWritability } from '../review-state/review-writability';
import { type Db, ReportRepository } from './report.repository';
import { attachmentMailName } from './report-attachments';
import { compileReport } from './report-docx';
import { type ReportDraft, ReportInputService } from './report-input.service';
import { reportTitle, submissionSubject } from './report-naming';
import { SubmissionEmail } from './submission.email';
import { distinctRecipients, toAmendment, toSubmission } from './submission.mapper';

export const SUBMISSION_MAIL_KIND = 'report.submission';

/** Sending the compiled report to ESCAP (copy to IOM), and the record of what was sent. */
@Injectable()
export class SubmissionService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly access: AccessService,
    private readonly report: ReportRepository,
    private readonly inputs: ReportInputService,
    private readonly outbox: OutboxRepository,
    private readonly queue: MailQueue,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Compiles the report and records it, its e-mail and the review's new status in one transaction;
   * the e-mail is enqueued after the commit. Refused while the report is not complete, or already
   * submitted with no amendment open.
   */
  async submit(reviewId: string, personId: string, request: TCreateSubmissionRequest): Promise<TSubmission> {
    await this.access.require(reviewId, personId, ['coordinator'], 'submit the report');
    const recipients = distinctRecipients(request.to, request.cc);
    const enqueue: { id: string; notBefore: Date }[] = [];
    const submissionId = await this.report.transaction(async (db) => {
      await this.report.lockReview(db, reviewId);
      const draft = await this.inputs.draft(db, reviewId, { nextVersion: true, recipients });
      await this.assertMaySubmit(db, draft);
      const compiled = await compileReport(draft.input);
      const id = randomUUID();
      const now = this.clock.now();
      const { input, review, attachments } = draft;
      const rendered = await renderMail(
        submissionSubject(input),
        SubmissionEmail({
          facts: {
            title: reportTitle(input),
            country: input.country,
            version: input.version,
            amendmentNote: input.amendmentNote ?? null,
            note: request.note || null,
            consentText: consentText(input.questionnaire, input.consentToPublish),
            fileName: compiled.fileName,
            attachmentNames: attachments.map((a) => attachmentMailName(a.number, a.fileName)),
            office: input.contact.office,
            contactName: input.contact.name,
            contactTitle: input.contact.title,
            contactEmail: input.contact.email,
          },
        }),
      );
      const rows = await this.outbox.insert(db, [
        {
          dedupeKey: `submission:${id}`,
          kind: SUBMISSION_MAIL_KIND,
          reviewId,
          notBefore: now,
          // The numbering as sent, so a retry attaches exactly what the document refers to.
          payload: {
            submissionId: id,
            attachments: attachments.map((a) => ({ id: a.id, number: a.number })),
          },
          toAddresses: recipients.to,
          ccAddresses: recipients.cc,
          ...rendered,
        },
      ]);
      const outboxId = rows[0]?.id ?? null;
      // Late once the final deadline has passed where the review is: its local time on that day, or
      // the end of the day without one (answers are still taken).
      const late = isAfterDeadline(now, input.finalDueDate, review.finalDueTime, review.timeZone);
      await this.report.createSubmission(db, {
        id,
        reviewId,
        version: input.version,
        sha256: compiled.sha256,
        fileName: compiled.fileName,
        document: new Uint8Array(compiled.bytes),
        toAddresses: recipients.to,
        ccAddresses: recipients.cc,
        senderId: personId,
        outboxId,
        note: request.note ?? '',
        late,
        createdAt: now,
      });
      await this.report.markSubmitted(db, reviewId, draft.amendment?.id ?? null, now);
      // Nothing is left to chase once the report is sent; the outbox shows each one as cancelled, and why.
      const remindersCancelled = await this.outbox.cancelReviewReminders(
        db,
        reviewId,
        `the report was submitted on ${formatInstant(now, review.timeZone, 'date')}`,
      );
      await this.audit.record(db, {
        reviewId,
        actorId: personId,
        action: 'report.submitted',
        targetType: 'submission',
        targetId: id,
        before: { status: review.status },
        after: {
          status: 'submitted',
          version: input.version,
          sha256: compiled.sha256,
          fileName: compiled.fileName,
          sizeBytes: compiled.bytes.length,
          to: recipients.to,
          cc: recipients.cc,
          attachments: attachments.map((a) => ({ number: a.number, fileName: a.fileName })),
          amendmentId: draft.amendment?.id ?? null,
          remindersCancelled,
          late,
        },
      });
      enqueue.push(...rows);
      return id;
    });
    await this.queue.enqueueAfterCommit(enqueue);
    const [submission] = await this.describe(this.report.client, { id: submissionId });
    if (!submission) throw new Error(`Submission ${submissionId} vanished after its commit`);
    return submission;
  }

  private async assertMaySubmit(db: Db, draft: ReportDraft): Promise<void> {
    if (isFinishedStatus(draft.review.status)) {
      throw new AppError(
        'CONFLICT',
        `The review is ${draft.review.status}: its report can no longer be sent`,
      );
    }
    const locked = await this.writability.readOnlyReason(db, draft.review.id);
    if (locked) throw new AppError('CONFLICT', locked.replace('change it', 'send an amended version'));
    const completeness = checkCompleteness(draft.input);
    if (!completeness.ready) {
      const errors = completeness.items.filter((item) => item.level === 'error');
      throw new AppError(
        'CONFLICT',
        `The report is not ready to be sent: ${errors.length} ${errors.length === 1 ? 'item needs' : 'items need'} fixing first (${errors
          .slice(0, 3)
          .map((item) => item.message)
          .join('; ')}${errors.length > 3 ? '; …' : ''})`,
        { completeness },
      );
    }
  }

  async list(reviewId: string, personId: string): Promise<TListSubmissionsResponse> {
    const access = await this.access.forReview(reviewId, personId);
    const db = this.report.client;
    const [review, amendment, submissions] = await Promise.all([
      this.report.review(db, reviewId),
      this.report.openAmendment(db, reviewId),
      this.describe(db, { reviewId }),
    ]);
    const me =
      access.role === 'coordinator' ? (await this.report.people(db, [personId])).get(personId) : undefined;
    const people = await this.report.people(db, [amendment?.openedById ?? null]);
    return {
      submissions,
      defaults: distinctRecipients(review.recipientsTo, [...review.recipientsCc, ...(me ? [me.email] : [])]),
      openAmendment: amendment ? toAmendment(amendment, people) : null,
    };
  }

  /** The .docx exactly as it was sent. */
  async document(submissionId: string, personId: string): Promise<{ fileName: string; bytes: Buffer }> {
    const row = await this.report.document(submissionId);
    if (!row) throw new AppError('NOT_FOUND', 'There is no submission with this id');
    try {
      await this.access.forReview(row.reviewId, personId);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        throw new AppError('NOT_FOUND', 'There is no submission with this id');
      }
      throw error;
    }
    return { fileName: row.fileName, bytes: Buffer.from(row.document) };
  }

  private async describe(db: Db, where: { id: string } | { reviewId: string }): Promise<TSubmission[]> {
    const rows = await this.report.submissions(db, where);
    const emails = new Map(
      (
        await this.report.emails(
          db,
          rows.map((row) => row.outboxId),
        )
      ).map((e) => [e.id, e]),
    );
    const people = await this.report.people(
      db,
      rows.map((row) => row.senderId),
    );
    return rows.map((row) => toSubmission(row, row.outboxId ? emails.get(row.outboxId) : undefined, people));
  }
}
