import type { Prisma } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

/** Statuses of a review whose report has been sent (see isPublished in @gcm/domain). */
const SENT: Prisma.ReviewWhereInput['status'] = { in: ['submitted', 'closed', 'archived'] };

/** Only what the public page may show of a review: never people, contact block or work in progress. */
const publishedWhere = (extra: Prisma.ReviewWhereInput = {}): Prisma.ReviewWhereInput => ({
  ...extra,
  consentToPublish: true,
  status: SENT,
  submissions: { some: {} },
});

const publishedSelect = {
  id: true,
  country: true,
  cycle: true,
  title: true,
  templateKey: true,
  templateVersion: true,
  submissions: {
    orderBy: { version: 'desc' },
    take: 1,
    select: { id: true, version: true, createdAt: true, fileName: true, sha256: true },
  },
} satisfies Prisma.ReviewSelect;

export type PublishedReviewRow = Prisma.ReviewGetPayload<{ select: typeof publishedSelect }>;

export type ReopenedRevision = Pick<
  Prisma.AnswerRevisionGetPayload<object>,
  'body' | 'data' | 'status' | 'language'
> & {
  questionId: string;
};

/** What the public pages read, and the coordinator's consent to publish. */
@Injectable()
export class PublicationRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Reviews whose report is public now, the latest sent first. */
  async published(): Promise<PublishedReviewRow[]> {
    const rows = await this.prisma.client.review.findMany({
      where: publishedWhere(),
      select: publishedSelect,
    });
    const sentAt = (row: PublishedReviewRow) => row.submissions[0]?.createdAt.getTime() ?? 0;
    return rows.sort((a, b) => sentAt(b) - sentAt(a) || a.country.localeCompare(b.country));
  }

  /** The review when its report is public now, else null (unknown and unpublished alike). */
  publishedReview(reviewId: string): Promise<PublishedReviewRow | null> {
    return this.prisma.client.review.findFirst({
      where: publishedWhere({ id: reviewId }),
      select: publishedSelect,
    });
  }

  async documentSize(submissionId: string): Promise<number> {
    const rows = await this.prisma.client.$queryRaw<{ size: number }[]>`
      SELECT octet_length(document)::int AS size FROM submission WHERE id = ${submissionId}::uuid`;
    return rows[0]?.size ?? 0;
  }

  /** The latest submission's .docx of a review whose report is public now. */
  async publishedDocument(reviewId: string): Promise<{ fileName: string; document: Uint8Array } | null> {
    const review = await this.prisma.client.review.findFirst({
      where: publishedWhere({ id: reviewId }),
      select: {
        submissions: {
          orderBy: { version: 'desc' },
          take: 1,
          select: { fileName: true, document: true },
        },
      },
    });
    return review?.submissions[0] ?? null;
  }

  questionsWithAnswers(reviewId: string) {
    return this.prisma.client.question.findMany({
      where: { reviewId },
      orderBy: { order: 'asc' },
      include: { answer: { select: { body: true, data: true, status: true, language: true } } },
    });
  }

  /**
   * For an amendment open now: each reopened answer as it was when reopened (so as last sent). The
   * reopening's audit event records the version the answer had; its revision of that version holds
   * the text.
   */
  async reopenedAsSent(reviewId: string): Promise<ReopenedRevision[]> {
    const db = this.prisma.client;
    const amendment = await db.amendment.findFirst({
      where: { reviewId, submittedAt: null },
      select: { id: true },
    });
    if (!amendment) return [];
    const events = await db.auditEvent.findMany({
      where: { reviewId, action: 'answer.reopened', after: { path: ['amendmentId'], equals: amendment.id } },
      select: { targetId: true, before: true },
    });
    const wanted = events.flatMap((event) => {
      const version = (event.before as { version?: unknown } | null)?.version;
      return typeof version === 'number' ? [{ answerId: event.targetId, version }] : [];
    });
    if (wanted.length === 0) return [];
    const revisions = await db.answerRevision.findMany({
      where: { OR: wanted },
      select: {
        body: true,
        data: true,
        status: true,
        language: true,
        answer: { select: { questionId: true } },
      },
    });
    return revisions.map(({ answer, ...revision }) => ({ questionId: answer.questionId, ...revision }));
  }

  /** The review's consent, status, version and number of submissions, held until the transaction ends. */
  async lockForPublication(
    tx: Tx,
    reviewId: string,
  ): Promise<{
    version: number;
    consentToPublish: boolean | null;
    status: string;
    submissions: number;
  } | null> {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM review WHERE id = ${reviewId}::uuid FOR UPDATE`;
    if (rows.length === 0) return null;
    const review = await tx.review.findUnique({
      where: { id: reviewId },
      select: {
        version: true,
        consentToPublish: true,
        status: true,
        _count: { select: { submissions: true } },
      },
    });
    if (!review) return null;
    const { _count, ...rest } = review;
    return { ...rest, submissions: _count.submissions };
  }

  /** Sets the consent when the review is still at `version`; false when someone changed it meanwhile. */
  async setConsentIfVersion(tx: Tx, reviewId: string, version: number, consent: boolean): Promise<boolean> {
    const { count } = await tx.review.updateMany({
      where: { id: reviewId, version },
      data: { consentToPublish: consent, version: { increment: 1 } },
    });
    return count === 1;
  }
}
