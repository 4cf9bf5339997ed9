import { AppError, proposeInternalDueDate, shiftDueDates, type TShiftDueDatesRequest } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { Clock } from '../../infra/clock/clock';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { isoDate } from '../mail/mail-facts';
import { type Enqueue, OutboxPlanner } from '../outbox/outbox-planner.service';
import { assertReviewWritable } from '../report/review-writability';

/** Internal due dates worked back from the final deadline, and moved with it. */
@Injectable()
export class DueDateShiftService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly planner: OutboxPlanner,
    private readonly queue: MailQueue,
    private readonly clock: Clock,
  ) {}

  /** The final deadline minus `weeksBefore` weeks, never before today in the review's zone. */
  async propose(reviewId: string, personId: string, weeksBefore: number): Promise<{ dueDate: string }> {
    await this.access.forReview(reviewId, personId);
    const review = await this.prisma.client.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { finalDueDate: true, timeZone: true },
    });
    const today = DateTime.fromJSDate(this.clock.now(), { zone: review.timeZone }).toISODate() ?? '';
    return {
      dueDate: proposeInternalDueDate({ finalDueDate: isoDate(review.finalDueDate), weeksBefore, today }),
    };
  }

  /**
   * Moves every open assignment's due date by as many days as the final deadline moved (`from` →
   * `to`). Each moved assignment tells its focal points and re-plans its reminders.
   */
  async shift(reviewId: string, actorId: string, input: TShiftDueDatesRequest): Promise<{ shifted: number }> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'move due dates');
    if (input.from === input.to) {
      throw new AppError('VALIDATION', 'The final deadline did not move: nothing to shift', {
        fieldErrors: [{ path: 'to', message: 'must differ from from' }],
      });
    }
    const enqueue: Enqueue = [];
    const shifted = await this.prisma.client.$transaction(
      async (tx) => {
        await assertReviewWritable(tx, reviewId);
        const review = await tx.review.findUniqueOrThrow({
          where: { id: reviewId },
          select: { version: true },
        });
        // Taking the version makes a repeated or concurrent shift fail instead of moving dates twice.
        const taken = await tx.review.updateMany({
          where: { id: reviewId, version: input.version },
          data: { version: { increment: 1 } },
        });
        if (taken.count === 0) {
          throw new AppError('CONFLICT', 'The review changed meanwhile. Reload it and try again.', {
            currentVersion: review.version,
          });
        }
        const open = await tx.assignment.findMany({
          where: { reviewId, state: { in: ['not_started', 'drafting', 'changes_requested'] } },
          select: { id: true, dueDate: true, version: true, questionId: true },
        });
        const moved = shiftDueDates({
          from: input.from,
          to: input.to,
          dueDates: open.map((a) => isoDate(a.dueDate)),
        });
        for (const [index, assignment] of open.entries()) {
          const dueDate = moved[index];
          if (!dueDate) continue;
          await tx.assignment.update({
            where: { id: assignment.id },
            data: { dueDate: new Date(`${dueDate}T00:00:00.000Z`), version: { increment: 1 } },
          });
          await this.audit.record(tx, {
            reviewId,
            actorId,
            action: 'assignment.due_date_shifted',
            targetType: 'assignment',
            targetId: assignment.id,
            questionId: assignment.questionId,
            before: { dueDate: isoDate(assignment.dueDate), version: assignment.version },
            after: { dueDate, version: assignment.version + 1 },
          });
          enqueue.push(
            ...(await this.planner.dueDateChanged(
              tx,
              assignment.id,
              isoDate(assignment.dueDate),
              assignment.version + 1,
            )),
          );
        }
        return open.length;
      },
      { timeout: 60_000 },
    );
    await this.queue.enqueueAfterCommit(enqueue);
    return { shifted };
  }
}
