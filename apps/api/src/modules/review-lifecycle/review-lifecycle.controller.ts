import { type TReviewStatusChange, ZReviewStatusChange } from '@gcm/domain';
import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { ReviewLifecycleService } from './review-lifecycle.service';

@ApiTags('reviews')
@Controller('api/reviews/:reviewId')
export class ReviewLifecycleController {
  constructor(private readonly lifecycle: ReviewLifecycleService) {}

  @Post('close')
  @HttpCode(200)
  @Documented('Close a submitted review: read-only for good (coordinator)', {
    200: ZReviewStatusChange,
    409: 'The review is not submitted, or an amendment is open',
  })
  close(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<TReviewStatusChange> {
    return this.lifecycle.close(reviewId, person.id);
  }

  @Post('archive')
  @HttpCode(200)
  @Documented('Archive a closed review: it leaves the list of reviews (coordinator or administrator)', {
    200: ZReviewStatusChange,
    409: 'The review is not closed',
  })
  archive(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<TReviewStatusChange> {
    return this.lifecycle.archive(reviewId, person.id);
  }
}
