import type { Prisma } from '@gcm/db';
import { AppError } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { personRef } from '../assignments/assignment.mapper';

export type Db = Prisma.TransactionClient;

export const reviewForReportSelect = {
  id: true,
  templateKey: true,
  templateVersion: true,
  title: true,
  country: true,
  cycle: true,
  status: true,
  timeZone: true,
  finalDueDate: true,
  finalDueTime: true,
  contactOffice: true,
  contactName: true,
  contactTitle: true,
  contactEmail: true,
  contactPhone: true,
  contactMailingAddress: true,
  recipientsTo: true,
  recipientsCc: true,
  consentToPublish: true,
} satisfies Prisma.ReviewSelect;
export type ReviewForReport = Prisma.ReviewGetPayload<{ select: typeof reviewForReportSelect }>;

export type AmendmentRow = Prisma.AmendmentGetPayload<object>;

/** A submission without its document bytes, with the size of the document. */
export type SubmissionRow = Omit<Prisma.SubmissionGetPayload<object>, 'document'> & { sizeBytes: number };

const submissionSelect = {
  id: true,
  reviewId: true,
  version: true,
  sha256: true,
  fileName: true,
  toAddresses: true,
  ccAddresses: true,
  senderId: true,
  outboxId: true,
  note: true,
  late: true,
  createdAt: true,
} satisfies Prisma.SubmissionSelect;

/** What the report, its submissions and amendments read and write. */
@Injectable()
export class ReportRepository {
  constructor(private readonly prisma: PrismaService) {}

  get client(): Db {
    return this.prisma.client;
  }

  transaction<T>(work: (db: Db) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(work, { timeout: 60_000, maxWait: 10_000 });
  }

  /** Holds the review row until the transaction ends: submissions and amendments one at a time. */
  async lockReview(db: Db, reviewId: string): Promise<void> {
    const rows = await db.$queryRaw<
      { id: string }[]
    >`SELECT id FROM review WHERE id = ${reviewId}::uuid FOR UPDATE`;
    if (rows.length === 0) throw new AppError('NOT_FOUND', 'There is no review with this id');
  }

  async review(db: Db, reviewId: string): Promise<ReviewForReport> {
    const review = await db.review.findUnique({ where: { id: reviewId }, select: reviewForReportSelect });
    if (!review) throw new AppError('NOT_FOUND', 'There is no review with this id');
    return review;
  }

  questionsWithAnswers(db: Db, reviewId: string) {
    return db.question.findMany({
      where: { reviewId },
      orderBy: { order: 'asc' },
      include: { answer: { select: { body: true, data: true, status: true, language: true } } },
    });
  }

  openChangeRequests(db: Db, reviewId: string): Promise<number> {
    return db.assignment.count({ where: { reviewId, state: 'changes_requested' } });
  }

  async openAmendment(db: Db, reviewId: string): Promise<AmendmentRow | null> {
    return db.amendment.findFirst({ where: { reviewId, submittedAt: null } });
  }

  /** People by id (senders, openers), for showing who did what. */
  async people(
    db: Db,
    ids: (string | null)[],
  ): Promise<Map<string, { id: string; name: string; email: string }>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await db.person.findMany({ where: { id: { in: wanted } }, ...personRef });
    return new Map(rows.map((row) => [row.id, row]));
  }

  async lastSubmissionVersion(db: Db, reviewId: string): Promise<number> {
    const last = await db.submission.findFirst({
      where: { reviewId },
      orderBy: { version: 'desc' },
      select: { version: true },
    });
    return last?.version ?? 0;
  }

  async submissions(db: Db, where: Prisma.SubmissionWhereInput): Promise<SubmissionRow[]> {
    const rows = await db.submission.findMany({
      where,
      orderBy: { version: 'desc' },
      select: submissionSelect,
    });
    if (rows.length === 0) return [];
    const sizes = await db.$queryRaw<{ id: string; size: number }[]>`
      SELECT id::text AS id, octet_length(document)::int AS size FROM submission
       WHERE id = ANY(${rows.map((row) => row.id)}::uuid[])`;
    const sizeOf = new Map(sizes.map((row) => [row.id, row.size]));
    return rows.map((row) => ({ ...row, sizeBytes: sizeOf.get(row.id) ?? 0 }));
  }

  document(
    submissionId: string,
  ): Promise<{ reviewId: string; fileName: string; document: Uint8Array } | null> {
    return this.prisma.client.submission.findUnique({
      where: { id: submissionId },
      select: { reviewId: true, fileName: true, document: true },
    });
  }

  emails(db: Db, outboxIds: (string | null)[]) {
    const ids = outboxIds.filter((id): id is string => id !== null);
    return db.outboxMessage.findMany({
      where: { id: { in: ids } },
      select: { id: true, status: true, messageId: true, sentAt: true, lastError: true },
    });
  }

  async createSubmission(db: Db, data: Prisma.SubmissionUncheckedCreateInput): Promise<void> {
    await db.submission.create({ data, select: { id: true } });
  }

  async markSubmitted(db: Db, reviewId: string, amendmentId: string | null, at: Date): Promise<void> {
    await db.review.update({
      where: { id: reviewId },
      data: { status: 'submitted', version: { increment: 1 } },
    });
    if (amendmentId) await db.amendment.update({ where: { id: amendmentId }, data: { submittedAt: at } });
  }

  createAmendment(db: Db, data: Prisma.AmendmentUncheckedCreateInput): Promise<AmendmentRow> {
    return db.amendment.create({ data });
  }

  questionsByCode(db: Db, reviewId: string, codes: string[]) {
    return db.question.findMany({
      where: { reviewId, code: { in: codes } },
      select: {
        id: true,
        code: true,
        answer: { select: { id: true, version: true, status: true, body: true, data: true } },
      },
    });
  }

  /** The answer back to draft as a new version, with its revision. */
  async reopenAnswer(
    db: Db,
    answer: { id: string; version: number; body: string; data: Prisma.JsonValue },
    authorId: string,
  ): Promise<void> {
    const version = answer.version + 1;
    await db.answer.update({ where: { id: answer.id }, data: { status: 'draft', version } });
    await db.answerRevision.create({
      data: {
        answerId: answer.id,
        version,
        body: answer.body,
        data: answer.data ?? undefined,
        status: 'draft',
        authorId,
      },
    });
  }

  /** The .docx of a submission exactly as recorded, with its file name. */
  submittedDocument(submissionId: string): Promise<{ fileName: string; document: Uint8Array } | null> {
    return this.prisma.client.submission.findUnique({
      where: { id: submissionId },
      select: { fileName: true, document: true },
    });
  }

  /** The outbox row that sent version 1 of the review of this submission, if any. */
  async firstSubmissionMail(submissionId: string): Promise<string | null> {
    const submission = await this.prisma.client.submission.findUnique({
      where: { id: submissionId },
      select: { reviewId: true },
    });
    if (!submission) return null;
    const first = await this.prisma.client.submission.findFirst({
      where: { reviewId: submission.reviewId },
      orderBy: { version: 'asc' },
      select: { outboxId: true },
    });
    return first?.outboxId ?? null;
  }

  /** Where the files of these attachments are stored, under which names and types. */
  attachmentFiles(
    ids: string[],
  ): Promise<{ id: string; fileName: string; mediaType: string; storageKey: string }[]> {
    return this.prisma.client.attachment.findMany({
      where: { id: { in: ids } },
      select: { id: true, fileName: true, mediaType: true, storageKey: true },
    });
  }
}
