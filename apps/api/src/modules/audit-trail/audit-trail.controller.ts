import {
  type TListAuditQuery,
  type TListAuditResponse,
  ZErrorResponse,
  ZListAuditQuery,
  ZListAuditResponse,
  ZUuid,
} from '@gcm/domain';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { AuditTrailService } from './audit-trail.service';

@ApiTags('audit')
@Controller('api/reviews/:reviewId/audit')
export class AuditTrailController {
  constructor(private readonly trail: AuditTrailService) {}

  @Get()
  @ApiOperation({ summary: 'Who changed what in the review, newest first (coordinator)' })
  @ApiResponse({ status: 200, standardSchema: ZListAuditResponse })
  @ApiResponse({ status: 403, description: 'Not the coordinator', standardSchema: ZErrorResponse })
  list(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Query({ schema: ZListAuditQuery }) query: TListAuditQuery,
  ): Promise<TListAuditResponse> {
    return this.trail.list(reviewId, person.id, query);
  }
}
