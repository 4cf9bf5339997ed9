import type { AssignmentRole } from '@gcm/db';
import {
  AppError,
  type TAssignment,
  type TFocalPointsChange,
  type TUpdateAssignmentRequest,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { type FieldError, validationError } from '../../infra/http/validation.pipe';
import type { Tx } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { type Enqueue, type FocalPointsAdded, OutboxPlanner } from '../outbox/outbox-planner.service';
import { ReviewWritability } from '../review-state/review-writability';
import { toAssignment } from './assignment.mapper';
import { assignmentIssues, organisationLabel, translateUniqueViolation, unique } from './assignment-checks';
import { type AssignmentRow, AssignmentsRepository, type ReviewContext } from './assignments.repository';

interface AssignmentFields {
  organisationId: string;
  role: AssignmentRole;
  dueDate: string;
  focalPointIds: string[];
}

function fieldsOf(row: AssignmentRow): AssignmentFields {
  return {
    organisationId: row.organisationId,
    role: row.role,
    dueDate: row.dueDate,
    focalPointIds: row.focalPoints.map((focalPoint) => focalPoint.person.id),
  };
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/** Changing an assignment (due date, role, organisation, focal points) and removing one. */
@Injectable()
export class AssignmentChangesService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly assignments: AssignmentsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly planner: OutboxPlanner,
    private readonly queue: MailQueue,
  ) {}

  /** 404 for an unknown assignment and for outsiders alike, 403 for members other than the coordinator. */
  private async requireCoordinator(assignmentId: string, actorId: string, doing: string): Promise<void> {
    const reviewId = await this.access.reviewOfAssignment(assignmentId);
    try {
      await this.access.require(reviewId, actorId, ['coordinator'], doing);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        throw new AppError('NOT_FOUND', 'There is no assignment with this id');
      }
      throw error;
    }
  }

  async update(assignmentId: string, actorId: string, input: TUpdateAssignmentRequest): Promise<TAssignment> {
    await this.requireCoordinator(assignmentId, actorId, 'change assignments');
    const { version, ...changes } = input;
    if (Object.values(changes).every((value) => value === undefined)) {
      throw validationError([
        { path: '', message: 'give at least one of dueDate, role, organisationId or focalPointIds' },
      ]);
    }
    const now = this.clock.now();
    const enqueue: Enqueue = [];
    await this.assignments
      .transaction(async (db) => {
        const writing = await this.assignments.findById(assignmentId, db);
        if (writing) await this.writability.assertWritable(db, writing.reviewId, { id: writing.questionId });
        await this.assignments.lock(db, assignmentId);
        const current = await this.assignments.findById(assignmentId, db);
        if (!current) throw new AppError('NOT_FOUND', 'There is no assignment with this id');
        if (current.version !== version) throw staleAssignment(current, version, now);
        const before = fieldsOf(current);
        const organisationId = changes.organisationId ?? before.organisationId;
        const reassigned = organisationId !== before.organisationId;
        const after: AssignmentFields = {
          organisationId,
          role: changes.role ?? before.role,
          dueDate: changes.dueDate ?? before.dueDate,
          // Focal points belong to an organisation: a reassignment without new ones drops the old ones.
          focalPointIds: unique(changes.focalPointIds ?? (reassigned ? [] : before.focalPointIds)),
        };
        if (reassigned && current.state === 'accepted') {
          throw new AppError(
            'INVALID_TRANSITION',
            'An accepted contribution cannot be given to another organisation; reopen it first',
          );
        }
        const context = await this.assignments.reviewContext(db, current.reviewId);
        const issues = assignmentIssues(
          context,
          { organisationId, dueDate: changes.dueDate, focalPointIds: changes.focalPointIds },
          '',
          now,
        );
        if (issues.length > 0) throw validationError(issues);
        const existing = await this.assignments.existingForQuestions(db, [current.questionId]);
        const others = existing.filter((row) => row.id !== assignmentId);
        const target = context.organisations.get(organisationId);
        if (reassigned && others.some((row) => row.organisationId === organisationId)) {
          throw new AppError(
            'CONFLICT',
            `Question ${current.question.code} is already assigned to ${target ? organisationLabel(target) : 'that organisation'}`,
          );
        }
        const otherLead = others.find((row) => row.role === 'lead');
        if (after.role === 'lead' && otherLead) {
          const lead = context.organisations.get(otherLead.organisationId);
          throw new AppError(
            'CONFLICT',
            `Question ${current.question.code} already has a lead organisation (${lead ? organisationLabel(lead) : 'another organisation'}); a question has one lead`,
          );
        }
        const focalPointsChanged = !sameSet(after.focalPointIds, before.focalPointIds);
        const changed = (['organisationId', 'role', 'dueDate'] as const).filter(
          (key) => after[key] !== before[key],
        );
        if (changed.length === 0 && !focalPointsChanged) return;
        // The organisation losing the question hears of it before the row names the new one.
        if (reassigned)
          enqueue.push(...(await this.planner.assignmentWithdrawn(db, assignmentId, version + 1, true)));
        const applied = await this.assignments.updateIfVersion(db, assignmentId, version, {
          organisationId: after.organisationId,
          role: after.role,
          dueDate: after.dueDate,
        });
        if (!applied) throw staleAssignment(current, version, now);
        if (focalPointsChanged) {
          await this.assignments.replaceFocalPoints(db, assignmentId, after.focalPointIds);
        }
        if (reassigned) {
          await this.planner.cancelReminders(
            db,
            assignmentId,
            'the question was given to another organisation',
          );
          enqueue.push(...(await this.planner.assignmentCreated(db, assignmentId, version + 1)));
        } else {
          const added = after.focalPointIds.filter((id) => !before.focalPointIds.includes(id));
          if (after.dueDate !== before.dueDate) {
            enqueue.push(
              ...(await this.planner.dueDateChanged(db, assignmentId, before.dueDate, version + 1)),
            );
          }
          if (added.length > 0) {
            // Someone new to the assignment hears of it as if it had just been made (and the
            // reminders are planned again, now that they can reach someone).
            enqueue.push(
              ...(await this.planner.assignmentsCreated(
                db,
                [],
                [{ assignmentId, version: version + 1, personIds: added }],
              )),
            );
          } else if (focalPointsChanged && after.dueDate === before.dueDate) {
            // Reminders follow the people: planned once someone can receive them, dropped when nobody can.
            enqueue.push(...(await this.planner.replanReminders(db, assignmentId)));
          }
        }
        await this.audit.record(db, {
          reviewId: current.reviewId,
          actorId,
          action: reassigned ? 'assignment.reassigned' : 'assignment.updated',
          targetType: 'assignment',
          targetId: assignmentId,
          questionId: current.questionId,
          before: { ...before, version },
          after: { ...after, version: version + 1 },
        });
      })
      .catch((error: unknown) => {
        throw translateUniqueViolation(error);
      });
    await this.queue.enqueueAfterCommit(enqueue);
    const row = await this.assignments.findById(assignmentId);
    if (!row) throw new AppError('NOT_FOUND', 'There is no assignment with this id');
    return toAssignment(row, now);
  }

  /**
   * The matrix's bulk change of focal points, inside the caller's transaction (with the bulk
   * assignment, all or nothing): each assignment must be of the review and still at the version
   * the coordinator saw, and its focal points its organisation's contributors. Returns who is new
   * to which assignment, for the caller to tell them in one e-mail each.
   */
  async changeFocalPoints(
    db: Tx,
    reviewId: string,
    actorId: string,
    changes: readonly TFocalPointsChange[],
    context: ReviewContext,
  ): Promise<FocalPointsAdded[]> {
    const now = this.clock.now();
    const issues: FieldError[] = [];
    const stale: string[] = [];
    const found: { index: number; change: TFocalPointsChange; current: AssignmentRow }[] = [];
    // Locked in one order, so two bulk changes sharing assignments wait for each other, never deadlock.
    const order = [...changes.entries()].sort(([, a], [, b]) => a.assignmentId.localeCompare(b.assignmentId));
    for (const [index, change] of order) {
      const locked = await this.assignments.lock(db, change.assignmentId);
      const current = locked?.reviewId === reviewId ? await this.assignments.findById(locked.id, db) : null;
      if (!current) {
        issues.push({
          path: `focalPoints.${index}.assignmentId`,
          message: 'is not an assignment of this review',
        });
        continue;
      }
      await this.writability.assertWritable(db, reviewId, { id: current.questionId });
      if (current.version !== change.version) {
        stale.push(
          `question ${current.question.code} for ${organisationLabel(current.organisation)} (you saw version ${change.version}, it is now version ${current.version})`,
        );
      }
      issues.push(
        ...assignmentIssues(
          context,
          { organisationId: current.organisationId, focalPointIds: change.focalPointIds },
          `focalPoints.${index}.`,
          now,
        ),
      );
      found.push({ index, change, current });
    }
    if (issues.length > 0) throw validationError(issues);
    if (stale.length > 0) {
      throw new AppError(
        'CONFLICT',
        `Nothing was changed: someone changed ${stale.join('; ')} in the meantime. Reload the matrix and try again.`,
      );
    }
    const added: FocalPointsAdded[] = [];
    for (const { change, current } of found.sort((a, b) => a.index - b.index)) {
      const before = fieldsOf(current);
      const focalPointIds = unique(change.focalPointIds);
      if (sameSet(focalPointIds, before.focalPointIds)) continue;
      if (!(await this.assignments.updateIfVersion(db, current.id, change.version, {}))) {
        throw staleAssignment(current, change.version, now);
      }
      await this.assignments.replaceFocalPoints(db, current.id, focalPointIds);
      await this.audit.record(db, {
        reviewId,
        actorId,
        action: 'assignment.updated',
        targetType: 'assignment',
        targetId: current.id,
        questionId: current.questionId,
        before: { ...before, version: change.version },
        after: { ...before, focalPointIds, version: change.version + 1 },
      });
      added.push({
        assignmentId: current.id,
        version: change.version + 1,
        personIds: focalPointIds.filter((id) => !before.focalPointIds.includes(id)),
      });
    }
    return added;
  }

  /** Removes an assignment that holds no work yet; one with text, history or files is kept. */
  async remove(assignmentId: string, actorId: string): Promise<void> {
    await this.requireCoordinator(assignmentId, actorId, 'remove assignments');
    const enqueue: Enqueue = [];
    await this.assignments.transaction(async (db) => {
      const writing = await this.assignments.findById(assignmentId, db);
      if (writing) await this.writability.assertWritable(db, writing.reviewId, { id: writing.questionId });
      await this.assignments.lock(db, assignmentId);
      const current = await this.assignments.findById(assignmentId, db);
      if (!current) throw new AppError('NOT_FOUND', 'There is no assignment with this id');
      const who = organisationLabel(current.organisation);
      const what = `question ${current.question.code} for ${who}`;
      if (current.state === 'submitted' || current.state === 'accepted') {
        throw new AppError(
          'CONFLICT',
          `The contribution to ${what} is ${current.state}; a submitted or accepted assignment cannot be removed`,
        );
      }
      const work = await this.assignments.work(db, assignmentId);
      if (work.hasText || work.revisions > 0 || work.attachments > 0) {
        throw new AppError(
          'CONFLICT',
          `${who} has already saved text or attached files for question ${current.question.code}; an assignment with work in it cannot be removed (reassign it instead)`,
        );
      }
      await this.planner.cancelReminders(db, assignmentId, 'the assignment was removed');
      enqueue.push(...(await this.planner.assignmentWithdrawn(db, assignmentId, current.version + 1, false)));
      await this.assignments.delete(db, assignmentId);
      await this.audit.record(db, {
        reviewId: current.reviewId,
        actorId,
        action: 'assignment.deleted',
        targetType: 'assignment',
        targetId: assignmentId,
        questionId: current.questionId,
        before: { ...fieldsOf(current), questionCode: current.question.code, state: current.state },
      });
    });
    await this.queue.enqueueAfterCommit(enqueue);
  }
}

function staleAssignment(current: AssignmentRow, sent: number, now: Date): AppError {
  return new AppError(
    'CONFLICT',
    `The assignment was changed by someone else: you edited version ${sent}, it is now version ${current.version}. Reload it and try again.`,
    { current: toAssignment(current, now) },
  );
}
