import {
  type TListReviewsQuery,
  type TListReviewsResponse,
  type TReviewDetail,
  ZErrorResponse,
  ZListReviewsQuery,
  ZListReviewsResponse,
  ZReviewDetail,
  ZUuid,
} from '@gcm/domain';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { ReviewsService } from './reviews.service';

@ApiTags('reviews')
@Controller('api/reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

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
