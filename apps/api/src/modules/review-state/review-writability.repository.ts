import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';

/** What decides whether a review can still be written to: its status, its submissions and amendments. */
@Injectable()
export class ReviewWritabilityRepository {
  /**
   * The review's status and zone, holding the row FOR SHARE until the transaction ends: a
   * submission (which takes the row FOR UPDATE) waits for the write, or the write for it.
   */
  async shareLock(db: Tx, reviewId: string): Promise<{ status: string; timeZone: string } | undefined> {
    const [review] = await db.$queryRaw<{ status: string; timeZone: string }[]>`
      SELECT status::text AS status, time_zone AS "timeZone" FROM review WHERE id = ${reviewId}::uuid FOR SHARE`;
    return review;
  }

  async lastSubmittedAt(db: Tx, reviewId: string): Promise<Date | null> {
    const last = await db.submission.findFirst({
      where: { reviewId },
      orderBy: { version: 'desc' },
      select: { createdAt: true },
    });
    return last?.createdAt ?? null;
  }

  /** The questions the open amendment reopens, or null when no amendment is open. */
  async openAmendmentQuestions(db: Tx, reviewId: string): Promise<string[] | null> {
    const amendment = await db.amendment.findFirst({
      where: { reviewId, submittedAt: null },
      select: { questionCodes: true },
    });
    return amendment?.questionCodes ?? null;
  }

  async questionCode(db: Tx, questionId: string): Promise<string | undefined> {
    const question = await db.question.findUnique({ where: { id: questionId }, select: { code: true } });
    return question?.code;
  }
}
