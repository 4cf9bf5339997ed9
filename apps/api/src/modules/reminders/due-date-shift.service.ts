import {
  AppError,
  daysBetween,
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
import { OutboxPlanner } from '../outbox/outbox-planner.service';
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
   * `to`). Each moved assignment tells its focal points and re-plans its reminders. A region's
   * review moves ten thousand: one statement moves them, and their audit events, e-mails and
   * reminders are written in a few set-based statements, all in one transaction (decision 0027).
   */
  async shift(reviewId: string, actorId: string, input: TShiftDueDatesRequest): Promise<{ shifted: number }> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'move due dates');
    if (input.from === input.to) {
      throw new AppError('VALIDATION', 'The final deadline did not move: nothing to shift', {
        fieldErrors: [{ path: 'to', message: 'must differ from from' }],
      });
    }
    const { enqueue, shifted } = await this.transactions.run(
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
        // Thousands of assignments share a few dozen due dates: each date is moved and checked once.
        const dueDates = [...new Set(open.map((assignment) => assignment.dueDate))];
        const movedDates = shiftDueDates({ from: input.from, to: input.to, dueDates });
        const movedTo = new Map(dueDates.map((date, index) => [date, movedDates[index]]));
        const moved = open.map((assignment) => movedTo.get(assignment.dueDate));
        await this.assertInRange(reviewId, moved);
        await this.reminders.moveDueDates(
          tx,
          open.map((assignment) => assignment.id),
          daysBetween(input.from, input.to),
        );
        await this.audit.recordMany(
          tx,
          open.map((assignment, index) => ({
            reviewId,
            actorId,
            action: 'assignment.due_date_shifted',
            targetType: 'assignment',
            targetId: assignment.id,
            questionId: assignment.questionId,
            before: { dueDate: assignment.dueDate, version: assignment.version },
            after: { dueDate: moved[index] ?? null, version: assignment.version + 1 },
          })),
        );
        const planned = await this.planner.dueDatesShifted(
          tx,
          reviewId,
          open.map((assignment) => ({
            assignmentId: assignment.id,
            previousDueDate: assignment.dueDate,
            version: assignment.version + 1,
          })),
        );
        return { enqueue: planned, shifted: open.length };
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
    const problemOf = new Map<string, string | null>();
    const problems = moved.flatMap((dueDate) => {
      if (!dueDate) return [];
      if (!problemOf.has(dueDate)) problemOf.set(dueDate, dueDateProblem(dueDate, now, finalDueDate));
      const problem = problemOf.get(dueDate);
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
