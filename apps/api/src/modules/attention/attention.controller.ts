import { type TReviewAttention, ZReviewAttention } from '@gcm/domain';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { AttentionService } from './attention.service';

@ApiTags('reviews')
@Controller('api/reviews/:reviewId/attention')
export class AttentionController {
  constructor(private readonly attention: AttentionService) {}

  @Get()
  @Documented(
    'What needs attention first: counts and the first few items of each kind (coordinator, observer)',
    {
      200: ZReviewAttention,
      403: 'Not the coordinator or an observer',
    },
  )
  summary(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<TReviewAttention> {
    return this.attention.summary(reviewId, person.id);
  }
}
