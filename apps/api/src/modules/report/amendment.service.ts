import { AppError, isFinishedStatus, type TAmendment, type TCreateAmendmentRequest } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { validationError } from '../../infra/http/validation.pipe';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { ReportRepository } from './report.repository';
import { toAmendment } from './submission.mapper';

/**
 * Reopening chosen questions of a submitted report for an amended version: their answers go back
 * to draft, every other question stays read-only, and the next submission is version N + 1.
 */
@Injectable()
export class AmendmentService {
  constructor(
    private readonly access: AccessService,
    private readonly report: ReportRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async open(reviewId: string, personId: string, request: TCreateAmendmentRequest): Promise<TAmendment> {
    await this.access.require(reviewId, personId, ['coordinator'], 'open an amendment');
    const amendment = await this.report.transaction(async (db) => {
      await this.report.lockReview(db, reviewId);
      const review = await this.report.review(db, reviewId);
      if (review.status !== 'submitted') {
        throw new AppError(
          'CONFLICT',
          `Only a submitted report can be amended; this review is ${isFinishedStatus(review.status) ? review.status : 'not submitted yet'}`,
        );
      }
      const open = await this.report.openAmendment(db, reviewId);
      if (open) {
        throw new AppError(
          'CONFLICT',
          `An amendment is already open (question${open.questionCodes.length === 1 ? '' : 's'} ${open.questionCodes.join(', ')}); submit it before opening another`,
        );
      }
      const questions = await this.report.questionsByCode(db, reviewId, request.questionCodes);
      const known = new Set(questions.map((question) => question.code));
      const unknown = request.questionCodes.flatMap((code, index) =>
        known.has(code)
          ? []
          : [{ path: `questionCodes.${index}`, message: `there is no question ${code} in this review` }],
      );
      if (unknown.length > 0) throw validationError(unknown);
      const created = await this.report.createAmendment(db, {
        reviewId,
        questionCodes: request.questionCodes,
        note: request.note,
        openedById: personId,
        openedAt: this.clock.now(),
      });
      for (const question of questions) {
        const answer = question.answer;
        if (!answer || answer.status === 'draft') continue;
        await this.report.reopenAnswer(db, answer, personId);
        await this.audit.record(db, {
          reviewId,
          actorId: personId,
          action: 'answer.reopened',
          targetType: 'answer',
          targetId: answer.id,
          questionId: question.id,
          before: { status: answer.status, version: answer.version },
          after: { status: 'draft', version: answer.version + 1, amendmentId: created.id },
        });
      }
      await this.audit.record(db, {
        reviewId,
        actorId: personId,
        action: 'amendment.opened',
        targetType: 'amendment',
        targetId: created.id,
        after: { questionCodes: request.questionCodes, note: request.note },
      });
      return created;
    });
    return toAmendment(amendment, await this.report.people(this.report.client, [personId]));
  }
}
