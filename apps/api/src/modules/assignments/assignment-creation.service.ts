import { randomUUID } from 'node:crypto';
import {
  AppError,
  type TAssignment,
  type TBulkAssignRequest,
  type TCreateAssignmentItem,
  type TFocalPointsChange,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { type FieldError, validationError } from '../../infra/http/validation.pipe';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { type Enqueue, OutboxPlanner } from '../outbox/outbox-planner.service';
import { ReviewWritability } from '../review-state/review-writability';
import { toAssignment } from './assignment.mapper';
import { AssignmentChangesService } from './assignment-changes.service';
import { assignmentIssues, organisationLabel, translateUniqueViolation, unique } from './assignment-checks';
import {
  AssignmentsRepository,
  type ExistingAssignment,
  type NewAssignment,
  type ReviewContext,
} from './assignments.repository';

type PrefixOf = (index: number) => string;

/** Giving questions to organisations: one at a time or a whole matrix, all or nothing. */
@Injectable()
export class AssignmentCreationService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly assignments: AssignmentsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly planner: OutboxPlanner,
    private readonly queue: MailQueue,
    private readonly changes: AssignmentChangesService,
  ) {}

  async create(reviewId: string, actorId: string, item: TCreateAssignmentItem): Promise<TAssignment> {
    const [created] = await this.createAll(reviewId, actorId, [item], () => '');
    if (!created) throw new Error('The new assignment could not be read back');
    return created;
  }

  /** New assignments and focal point changes of the matrix, all or nothing: what was made or changed. */
  bulk(reviewId: string, actorId: string, request: TBulkAssignRequest): Promise<TAssignment[]> {
    return this.createAll(
      reviewId,
      actorId,
      request.items,
      (index) => `items.${index}.`,
      request.focalPoints,
    );
  }

  private async createAll(
    reviewId: string,
    actorId: string,
    items: TCreateAssignmentItem[],
    prefixOf: PrefixOf,
    focalPoints: readonly TFocalPointsChange[] = [],
  ): Promise<TAssignment[]> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'assign questions');
    const now = this.clock.now();
    const enqueue: Enqueue = [];
    const ids = await this.assignments
      .transaction(
        async (db) => {
          for (const code of new Set(items.map((item) => item.questionCode))) {
            await this.writability.assertWritable(db, reviewId, { code });
          }
          const context = await this.assignments.reviewContext(db, reviewId);
          const issues = items.flatMap((item, index) => {
            const prefix = prefixOf(index);
            const question = context.questionsByCode.has(item.questionCode)
              ? []
              : [{ path: `${prefix}questionCode`, message: 'is not a question of this review' }];
            return [...question, ...assignmentIssues(context, item, prefix, now)];
          });
          if (issues.length > 0) throw validationError(issues);
          const rows: NewAssignment[] = items.map((item) => ({
            id: randomUUID(),
            reviewId,
            questionId: context.questionsByCode.get(item.questionCode)?.id ?? '',
            organisationId: item.organisationId,
            role: item.role,
            dueDate: item.dueDate,
            focalPointIds: unique(item.focalPointIds),
          }));
          const existing = await this.assignments.existingForQuestions(
            db,
            unique(rows.map((row) => row.questionId)),
          );
          assertNoConflicts(rows, items, existing, context, prefixOf);
          const added = await this.changes.changeFocalPoints(db, reviewId, actorId, focalPoints, context);
          await this.assignments.createMany(db, rows);
          for (const [index, row] of rows.entries()) {
            await this.audit.record(db, {
              reviewId,
              actorId,
              action: 'assignment.created',
              targetType: 'assignment',
              targetId: row.id,
              questionId: row.questionId,
              after: {
                questionCode: items[index]?.questionCode ?? null,
                organisationId: row.organisationId,
                role: row.role,
                dueDate: items[index]?.dueDate ?? null,
                focalPointIds: row.focalPointIds,
              },
            });
          }
          enqueue.push(
            ...(await this.planner.assignmentsCreated(
              db,
              rows.map((row) => row.id),
              added,
            )),
          );
          return [...rows.map((row) => row.id), ...added.map((change) => change.assignmentId)];
        },
        { timeout: 60_000 },
      )
      .catch((error: unknown) => {
        throw translateUniqueViolation(error);
      });
    await this.queue.enqueueAfterCommit(enqueue);
    const created = await this.assignments.listByIds(ids);
    return created.map((row) => toAssignment(row, now));
  }
}

/**
 * Refuses, with every reason at once, a batch that would assign a question twice to one
 * organisation or give a question a second lead, whether with rows already stored or within the batch.
 */
function assertNoConflicts(
  rows: NewAssignment[],
  items: TCreateAssignmentItem[],
  existing: ExistingAssignment[],
  context: ReviewContext,
  prefixOf: PrefixOf,
): void {
  const problems: FieldError[] = [];
  const pairs = new Map<string, number>();
  const leads = new Map<string, number>();
  const labelOf = (organisationId: string): string => {
    const organisation = context.organisations.get(organisationId);
    return organisation ? organisationLabel(organisation) : 'another organisation';
  };
  rows.forEach((row, index) => {
    const prefix = prefixOf(index);
    const code = items[index]?.questionCode;
    const organisation = labelOf(row.organisationId);
    const pair = `${row.questionId}:${row.organisationId}`;
    const earlier = pairs.get(pair);
    if (existing.some((e) => e.questionId === row.questionId && e.organisationId === row.organisationId)) {
      problems.push({
        path: `${prefix}organisationId`,
        message: `question ${code} is already assigned to ${organisation}`,
      });
    } else if (earlier !== undefined) {
      problems.push({
        path: `${prefix}organisationId`,
        message: `question ${code} is given to ${organisation} twice in this request (also ${prefixOf(earlier).slice(0, -1)})`,
      });
    }
    pairs.set(pair, index);
    if (row.role !== 'lead') return;
    const lead = existing.find((e) => e.questionId === row.questionId && e.role === 'lead');
    const earlierLead = leads.get(row.questionId);
    if (lead) {
      problems.push({
        path: `${prefix}role`,
        message: `question ${code} already has a lead organisation (${labelOf(lead.organisationId)}); a question has one lead`,
      });
    } else if (earlierLead !== undefined) {
      problems.push({
        path: `${prefix}role`,
        message: `question ${code} gets two lead organisations in this request (also ${prefixOf(earlierLead).slice(0, -1)})`,
      });
    }
    leads.set(row.questionId, index);
  });
  if (problems.length > 0) {
    const summary = problems
      .slice(0, 5)
      .map((problem) => `${problem.path}: ${problem.message}`)
      .join('; ');
    throw new AppError('CONFLICT', `Nothing was assigned: ${summary}`, { fieldErrors: problems });
  }
}
