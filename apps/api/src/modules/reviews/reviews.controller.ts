import {
  type TCreateReviewRequest,
  type TListReviewsQuery,
  type TListReviewsResponse,
  type TReviewDetail,
  type TUpdateReviewRequest,
  ZCreateReviewRequest,
  ZErrorResponse,
  ZListReviewsQuery,
  ZListReviewsResponse,
  ZReviewDetail,
  ZUpdateReviewRequest,
  ZUuid,
} from '@gcm/domain';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: 'Start a review from a survey template; the creator becomes its coordinator' })
  @ApiResponse({ status: 201, standardSchema: ZReviewDetail })
  @ApiResponse({
    status: 403,
    description: 'Not allowed to start reviews (an administrator grants it)',
    standardSchema: ZErrorResponse,
  })
  @ApiResponse({
    status: 409,
    description: 'That country already has a review for the cycle',
    standardSchema: ZErrorResponse,
  })
  async create(
    @CurrentPerson() person: AuthPerson,
    @Body({ schema: ZCreateReviewRequest }) body: TCreateReviewRequest,
  ): Promise<TReviewDetail> {
    const reviewId = await this.setup.create(person.id, body, { join: true });
    return this.reviews.get(reviewId, person.id);
  }

  @Patch(':reviewId')
  @ApiOperation({ summary: 'Edit the contact block, deadline, recipients, consent, time zone (coordinator)' })
  @ApiResponse({ status: 200, standardSchema: ZReviewDetail })
  @ApiResponse({ status: 409, description: 'Based on a stale version', standardSchema: ZErrorResponse })
  update(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Body({ schema: ZUpdateReviewRequest }) body: TUpdateReviewRequest,
  ): Promise<TReviewDetail> {
    return this.setup.update(reviewId, person.id, body);
  }

  @Get()
  @ApiOperation({ summary: 'Reviews with their progress' })
  @ApiResponse({ status: 200, standardSchema: ZListReviewsResponse })
  @ApiResponse({ status: 400, description: 'Unknown or malformed filter', standardSchema: ZErrorResponse })
  async list(
    @CurrentPerson() person: AuthPerson,
    @Query({ schema: ZListReviewsQuery }) query: TListReviewsQuery,
  ): Promise<TListReviewsResponse> {
    return { reviews: await this.reviews.list(person.id, query) };
  }

  @Get(':reviewId')
  @ApiOperation({ summary: 'A review with its questions grouped by cluster, and who answers each' })
  @ApiResponse({ status: 200, standardSchema: ZReviewDetail })
  @ApiResponse({ status: 400, description: 'reviewId is not a UUID', standardSchema: ZErrorResponse })
  @ApiResponse({ status: 404, description: 'No such review', standardSchema: ZErrorResponse })
  get(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
  ): Promise<TReviewDetail> {
    return this.reviews.get(reviewId, person.id);
  }
}
