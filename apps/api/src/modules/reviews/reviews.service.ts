import { AppError, type TListReviewsQuery, type TReviewDetail, type TReviewSummary } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { AccessService } from '../access/access.service';
import { QuestionnaireCatalogue } from '../questionnaires/questionnaire-catalogue.service';
import { toReviewDetail, toReviewSummary } from './reviews.mapper';
import { ReviewsRepository } from './reviews.repository';

@Injectable()
export class ReviewsService {
  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly clock: Clock,
    private readonly access: AccessService,
    private readonly questionnaires: QuestionnaireCatalogue,
  ) {}

  /** The reviews the person is a member of. */
  async list(personId: string, query: TListReviewsQuery): Promise<TReviewSummary[]> {
    const rows = await this.reviews.listSummaries(personId, query);
    const states = await this.reviews.assignmentStates(rows.map((row) => row.id));
    const now = this.clock.now();
    return rows.map((row) =>
      toReviewSummary(
        row,
        states.filter((state) => state.reviewId === row.id),
        now,
      ),
    );
  }

  async get(reviewId: string, personId: string): Promise<TReviewDetail> {
    const access = await this.access.forReview(reviewId, personId);
    const row = await this.reviews.findDetail(reviewId);
    if (!row) {
      throw new AppError('NOT_FOUND', 'There is no review with this id');
    }
    const questionnaire = await this.questionnaires.ofReview(row);
    return toReviewDetail(row, questionnaire, this.clock.now(), {
      role: access.role,
      organisationId: access.organisationId,
    });
  }
}
