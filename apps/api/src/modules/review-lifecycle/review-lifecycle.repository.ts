import type { ReviewStatus } from '@gcm/db';
import { AppError } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

/** A review's status as closing or archiving reads and writes it. */
@Injectable()
export class ReviewLifecycleRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Whether the person is an instance administrator whose account is not suspended. */
  async isAdministrator(personId: string): Promise<boolean> {
    const person = await this.prisma.client.person.findUnique({
      where: { id: personId },
      select: { isAdministrator: true, suspendedAt: true },
    });
    return Boolean(person?.isAdministrator && !person.suspendedAt);
  }

  /** The review's status, holding its row FOR UPDATE (writes and submissions wait for the change). */
  async lockStatus(tx: Tx, reviewId: string): Promise<{ status: ReviewStatus; version: number }> {
    const [row] = await tx.$queryRaw<{ status: ReviewStatus; version: number }[]>`
      SELECT status::text AS status, version FROM review WHERE id = ${reviewId}::uuid FOR UPDATE`;
    if (!row) throw new AppError('NOT_FOUND', 'There is no review with this id');
    return row;
  }

  /** The questions of the open amendment, or null when none is open. */
  async openAmendmentQuestions(tx: Tx, reviewId: string): Promise<string[] | null> {
    const amendment = await tx.amendment.findFirst({
      where: { reviewId, submittedAt: null },
      select: { questionCodes: true },
    });
    return amendment?.questionCodes ?? null;
  }

  async setStatus(tx: Tx, reviewId: string, status: ReviewStatus): Promise<{ version: number }> {
    return tx.review.update({
      where: { id: reviewId },
      data: { status, version: { increment: 1 } },
      select: { version: true },
    });
  }
}
