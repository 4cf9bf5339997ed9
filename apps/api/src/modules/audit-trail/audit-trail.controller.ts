import {
  type TListAuditQuery,
  type TListAuditResponse,
  ZListAuditQuery,
  ZListAuditResponse,
} from '@gcm/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { AuditTrailService } from './audit-trail.service';

@ApiTags('audit')
@Controller('api/reviews/:reviewId/audit')
export class AuditTrailController {
  constructor(private readonly trail: AuditTrailService) {}

  @Get()
  @Documented('Who changed what in the review, newest first (coordinator)', {
    200: ZListAuditResponse,
    403: 'Not the coordinator',
  })
  list(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Query({ schema: ZListAuditQuery }) query: TListAuditQuery,
  ): Promise<TListAuditResponse> {
    return this.trail.list(reviewId, person.id, query);
  }
}
