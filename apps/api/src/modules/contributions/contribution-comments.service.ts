import { AppError, type TComment, type TCreateCommentRequest } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AuditService } from '../audit/audit.service';
import { type Enqueue, OutboxPlanner } from '../outbox/outbox-planner.service';
import { ReviewWritability } from '../review-state/review-writability';
import { toComment } from './contribution.mapper';
import { ContributionAccessService } from './contribution-access.service';
import { ContributionsRepository } from './contributions.repository';

/**
 * Comments on a contribution, both ways: the review's coordinators and the organisation's focal
 * points (its contributors) write them, in any state of the contribution while the review takes
 * writes; the other side hears of each by e-mail.
 */
@Injectable()
export class ContributionCommentsService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly contributions: ContributionsRepository,
    private readonly guard: ContributionAccessService,
    private readonly audit: AuditService,
    private readonly planner: OutboxPlanner,
    private readonly queue: MailQueue,
  ) {}

  async comment(assignmentId: string, personId: string, input: TCreateCommentRequest): Promise<TComment> {
    const { access, assignment } = await this.guard.forAssignment(
      assignmentId,
      personId,
      'edit',
      'comment on this contribution',
    );
    const enqueue: Enqueue = [];
    const created = await this.contributions.transaction(async (db) => {
      await this.writability.assertWritable(db, assignment.reviewId, { id: assignment.questionId });
      const answered = input.replyTo ? await this.contributions.commentOf(db, input.replyTo) : null;
      if (input.replyTo && answered?.assignmentId !== assignmentId) {
        throw new AppError('VALIDATION', 'The comment you answer is not one of this assignment', {
          fieldErrors: [{ path: 'replyTo', message: 'is not a comment of this assignment' }],
        });
      }
      const row = await this.contributions.addComment(db, {
        assignmentId,
        kind: 'note',
        body: input.body,
        authorId: personId,
        authorRole: access.role,
        replyToId: answered?.id ?? null,
      });
      const comment = toComment(row);
      await this.audit.record(db, {
        reviewId: assignment.reviewId,
        actorId: personId,
        action: 'contribution.commented',
        targetType: 'assignment',
        targetId: assignmentId,
        questionId: assignment.questionId,
        after: { commentId: comment.id, replyToId: comment.replyToId, body: comment.body },
      });
      if (comment.authorRole) {
        enqueue.push(
          ...(await this.planner.commented(db, {
            id: comment.id,
            assignmentId,
            body: comment.body,
            authorId: personId,
            authorName: await this.contributions.personName(db, personId),
            authorRole: comment.authorRole,
            replyToId: comment.replyToId,
            answering: answered?.body ?? null,
          })),
        );
      }
      return comment;
    });
    await this.queue.enqueueAfterCommit(enqueue);
    return created;
  }
}
