import type { CommentKind } from '@gcm/db';
import { AppError, assertTransition, type TContribution, type TTransitionRequest } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AssignmentsRepository } from '../assignments/assignments.repository';
import { AuditService } from '../audit/audit.service';
import { type Enqueue, OutboxPlanner } from '../outbox/outbox-planner.service';
import { ReviewWritability } from '../review-state/review-writability';
import { ContributionAccessService } from './contribution-access.service';
import { ContributionReadingService } from './contribution-reading.service';
import { ContributionsRepository } from './contributions.repository';

const AUDIT_ACTION: Record<TTransitionRequest['action'], string> = {
  start: 'contribution.started',
  submit: 'contribution.submitted',
  request_changes: 'contribution.changes_requested',
  accept: 'contribution.accepted',
  reopen: 'contribution.reopened',
};

const COMMENT_KIND: Partial<Record<TTransitionRequest['action'], CommentKind>> = {
  request_changes: 'change_request',
  reopen: 'reopen',
};

/** Moving a contribution through its workflow (start, submit, request changes, accept, reopen). */
@Injectable()
export class ContributionWorkflowService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly contributions: ContributionsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly guard: ContributionAccessService,
    private readonly reading: ContributionReadingService,
    private readonly audit: AuditService,
    private readonly planner: OutboxPlanner,
    private readonly queue: MailQueue,
  ) {}

  /** What a move tells people, and which reminders it makes moot or needed again. */
  private async planEmails(
    db: Tx,
    assignmentId: string,
    personId: string,
    action: TTransitionRequest['action'],
    comment: string | null,
    version: number,
  ): Promise<Enqueue> {
    const by = () => this.contributions.personName(db, personId);
    switch (action) {
      case 'submit':
        await this.planner.cancelReminders(db, assignmentId, 'the contribution was submitted');
        return [];
      case 'request_changes':
        return this.planner.changesRequested(db, assignmentId, comment ?? '', await by(), version);
      case 'accept':
        return this.planner.accepted(db, assignmentId, await by(), version);
      default:
        return this.planner.replanReminders(db, assignmentId);
    }
  }

  async transition(
    assignmentId: string,
    personId: string,
    input: TTransitionRequest,
  ): Promise<TContribution> {
    const { access, assignment } = await this.guard.forAssignment(
      assignmentId,
      personId,
      'edit',
      'move this contribution on',
    );
    const enqueue: Enqueue = [];
    await this.contributions.transaction(async (db) => {
      await this.writability.assertWritable(db, assignment.reviewId, { id: assignment.questionId });
      const locked = await this.assignments.lock(db, assignmentId);
      if (!locked) throw new AppError('NOT_FOUND', 'There is no assignment with this id');
      if (locked.version !== input.version) {
        throw new AppError(
          'CONFLICT',
          `The assignment changed after you loaded it (you saw version ${input.version}, it is now version ${locked.version} and ${locked.state.replace('_', ' ')}). Reload it and try again.`,
          { current: { state: locked.state, version: locked.version } },
        );
      }
      const state = assertTransition(locked.state, input.action, access.role, input.comment);
      if (input.action === 'submit') {
        const current = await this.contributions.findContribution(assignmentId, db);
        if (!current || current.body.trim() === '') {
          throw new AppError(
            'INVALID_TRANSITION',
            'An empty contribution cannot be submitted: write and save the text first',
          );
        }
      }
      const applied = await this.assignments.updateIfVersion(db, assignmentId, input.version, { state });
      if (!applied)
        throw new AppError('CONFLICT', 'The assignment changed meanwhile. Reload it and try again.');
      const comment = input.comment?.trim() ? input.comment.trim() : null;
      if (comment) {
        await this.contributions.addComment(db, {
          assignmentId,
          kind: COMMENT_KIND[input.action] ?? 'note',
          body: comment,
          authorId: personId,
          authorRole: access.role,
        });
      }
      await this.audit.record(db, {
        reviewId: assignment.reviewId,
        actorId: personId,
        action: AUDIT_ACTION[input.action],
        targetType: 'assignment',
        targetId: assignmentId,
        questionId: assignment.questionId,
        before: { state: locked.state, version: locked.version },
        after: { state, version: locked.version + 1, comment },
      });
      enqueue.push(
        ...(await this.planEmails(db, assignmentId, personId, input.action, comment, locked.version + 1)),
      );
    });
    await this.queue.enqueueAfterCommit(enqueue);
    return this.reading.view(assignmentId, access.role);
  }
}
