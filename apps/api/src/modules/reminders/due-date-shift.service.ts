import {
  AppError,
  dueDateProblem,
  proposeInternalDueDate,
  shiftDueDates,
  type TShiftDueDatesRequest,
  todayIn,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { Transactions } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { type Enqueue, OutboxPlanner } from '../outbox/outbox-planner.service';
import { ReviewWritability } from '../review-state/review-writability';
import { RemindersRepository } from './reminders.repository';

/** Internal due dates worked back from the final deadline, and moved with it. */
@Injectable()
export class DueDateShiftService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly reminders: RemindersRepository,
    private readonly transactions: Transactions,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly planner: OutboxPlanner,
    private readonly queue: MailQueue,
    private readonly clock: Clock,
  ) {}

  /** The final deadline minus `weeksBefore` weeks, never before today in the review's zone. */
  async propose(reviewId: string, personId: string, weeksBefore: number): Promise<{ dueDate: string }> {
    await this.access.forReview(reviewId, personId);
    const review = await this.reminders.deadlineOf(reviewId);
    const today = todayIn(review.timeZone, this.clock.now());
    return { dueDate: proposeInternalDueDate({ finalDueDate: review.finalDueDate, weeksBefore, today }) };
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
    const shifted = await this.transactions.run(
      async (tx) => {
        await this.writability.assertWritable(tx, reviewId);
        const currentVersion = await this.reminders.versionOf(tx, reviewId);
        // Taking the version makes a repeated or concurrent shift fail instead of moving dates twice.
        if (!(await this.reminders.takeVersion(tx, reviewId, input.version))) {
          throw new AppError('CONFLICT', 'The review changed meanwhile. Reload it and try again.', {
            currentVersion,
          });
        }
        const open = await this.reminders.openAssignments(tx, reviewId);
        const moved = shiftDueDates({ from: input.from, to: input.to, dueDates: open.map((a) => a.dueDate) });
        await this.assertInRange(reviewId, moved);
        for (const [index, assignment] of open.entries()) {
          const dueDate = moved[index];
          if (!dueDate) continue;
          await this.reminders.moveDueDate(tx, assignment.id, dueDate);
          await this.audit.record(tx, {
            reviewId,
            actorId,
            action: 'assignment.due_date_shifted',
            targetType: 'assignment',
            targetId: assignment.id,
            questionId: assignment.questionId,
            before: { dueDate: assignment.dueDate, version: assignment.version },
            after: { dueDate, version: assignment.version + 1 },
          });
          enqueue.push(
            ...(await this.planner.dueDateChanged(
              tx,
              assignment.id,
              assignment.dueDate,
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

  /** 400 when a moved due date would leave the range or fall after the final deadline; nothing is moved. */
  private async assertInRange(reviewId: string, moved: readonly (string | undefined)[]): Promise<void> {
    const { finalDueDate } = await this.reminders.deadlineOf(reviewId);
    const now = this.clock.now();
    const problems = moved.flatMap((dueDate) => {
      const problem = dueDate ? dueDateProblem(dueDate, now, finalDueDate) : null;
      return problem ? [problem] : [];
    });
    const [first] = problems;
    if (!first) return;
    const count = problems.length === 1 ? '1 open due date' : `${problems.length} open due dates`;
    throw new AppError(
      'VALIDATION',
      `The due dates cannot move so far: ${count} would then be wrong (${first})`,
      {
        fieldErrors: [{ path: 'to', message: `would move ${count} out of range: ${first}` }],
      },
    );
  }
}
