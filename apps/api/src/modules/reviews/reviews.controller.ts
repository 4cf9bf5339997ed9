import {
  type TCreateReviewRequest,
  type TListReviewsQuery,
  type TListReviewsResponse,
  type TReviewDetail,
  type TUpdateReviewRequest,
  ZCreateReviewRequest,
  ZListReviewsQuery,
  ZListReviewsResponse,
  ZReviewDetail,
  ZUpdateReviewRequest,
} from '@gcm/domain';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { ReviewSetupService } from './review-setup.service';
import { ReviewsService } from './reviews.service';

@ApiTags('reviews')
@Controller('api/reviews')
export class ReviewsController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly setup: ReviewSetupService,
  ) {}

  @Post()
  @Documented('Start a review from a survey template; the creator becomes its coordinator', {
    201: ZReviewDetail,
    409: 'That country already has a review for the cycle',
  })
  async create(
    @CurrentPerson() person: AuthPerson,
    @Body({ schema: ZCreateReviewRequest }) body: TCreateReviewRequest,
  ): Promise<TReviewDetail> {
    const reviewId = await this.setup.create(person.id, body, { join: true });
    return this.reviews.get(reviewId, person.id);
  }

  @Patch(':reviewId')
  @Documented('Edit the contact block, deadline, recipients, consent, time zone (coordinator)', {
    200: ZReviewDetail,
    409: 'Based on a stale version',
  })
  update(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Body({ schema: ZUpdateReviewRequest }) body: TUpdateReviewRequest,
  ): Promise<TReviewDetail> {
    return this.setup.update(reviewId, person.id, body);
  }

  @Get()
  @Documented('Reviews with their progress', {
    200: ZListReviewsResponse,
    400: 'Unknown or malformed filter',
  })
  async list(
    @CurrentPerson() person: AuthPerson,
    @Query({ schema: ZListReviewsQuery }) query: TListReviewsQuery,
  ): Promise<TListReviewsResponse> {
    return { reviews: await this.reviews.list(person.id, query) };
  }

  @Get(':reviewId')
  @Documented('A review with its questions grouped by cluster, and who answers each', {
    200: ZReviewDetail,
    400: 'reviewId is not a UUID',
    404: 'No such review',
  })
  get(@CurrentPerson() person: AuthPerson, @UuidParam('reviewId') reviewId: string): Promise<TReviewDetail> {
    return this.reviews.get(reviewId, person.id);
  }
}
