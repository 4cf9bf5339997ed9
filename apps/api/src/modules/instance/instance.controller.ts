import {
  type TCreateAccountRequest,
  type TCreateReviewRequest,
  type TInstanceAccount,
  type TInstanceAccountsResponse,
  type TInstanceAuditQuery,
  type TInstanceAuditResponse,
  type TInstanceReview,
  type TInstanceReviewsResponse,
  type TUpdateAccountRequest,
  ZCreateAccountRequest,
  ZCreateReviewRequest,
  ZErrorResponse,
  ZInstanceAccount,
  ZInstanceAccountsResponse,
  ZInstanceAuditQuery,
  ZInstanceAuditResponse,
  ZInstanceReview,
  ZInstanceReviewsResponse,
  ZUpdateAccountRequest,
  ZUuid,
} from '@gcm/domain';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { InstanceService } from './instance.service';

@ApiTags('instance')
@Controller('api/instance')
export class InstanceController {
  constructor(private readonly instance: InstanceService) {}

  @Get('reviews')
  @ApiOperation({
    summary: 'Every review of the installation: status, coordinators, progress (administrator)',
  })
  @ApiResponse({ status: 200, standardSchema: ZInstanceReviewsResponse })
  @ApiResponse({ status: 403, description: 'Not an administrator', standardSchema: ZErrorResponse })
  reviews(@CurrentPerson() person: AuthPerson): Promise<TInstanceReviewsResponse> {
    return this.instance.reviews(person.id);
  }

  @Post('reviews')
  @ApiOperation({
    summary:
      'Start a review for a country and invite its coordinator by e-mail (administrator; takes no part)',
  })
  @ApiResponse({ status: 201, standardSchema: ZInstanceReview })
  @ApiResponse({ status: 403, description: 'Not an administrator', standardSchema: ZErrorResponse })
  @ApiResponse({
    status: 409,
    description: 'That country already has a review for the cycle',
    standardSchema: ZErrorResponse,
  })
  startReview(
    @CurrentPerson() person: AuthPerson,
    @Body({ schema: ZCreateReviewRequest }) body: TCreateReviewRequest,
  ): Promise<TInstanceReview> {
    return this.instance.startReview(person.id, body);
  }

  @Get('accounts')
  @ApiOperation({ summary: 'Every account of the installation (administrator)' })
  @ApiResponse({ status: 200, standardSchema: ZInstanceAccountsResponse })
  @ApiResponse({ status: 403, description: 'Not an administrator', standardSchema: ZErrorResponse })
  accounts(@CurrentPerson() person: AuthPerson): Promise<TInstanceAccountsResponse> {
    return this.instance.accounts(person.id);
  }

  @Post('accounts')
  @ApiOperation({ summary: 'Add an account and e-mail its activation link (administrator)' })
  @ApiResponse({ status: 201, standardSchema: ZInstanceAccount })
  @ApiResponse({ status: 403, description: 'Not an administrator', standardSchema: ZErrorResponse })
  createAccount(
    @CurrentPerson() person: AuthPerson,
    @Body({ schema: ZCreateAccountRequest }) body: TCreateAccountRequest,
  ): Promise<TInstanceAccount> {
    return this.instance.createAccount(person.id, body);
  }

  @Patch('accounts/:personId')
  @ApiOperation({
    summary: 'Grant the right to start reviews, suspend or restore an account (administrator)',
  })
  @ApiResponse({ status: 200, standardSchema: ZInstanceAccount })
  @ApiResponse({ status: 403, description: 'Not an administrator', standardSchema: ZErrorResponse })
  @ApiResponse({ status: 404, description: 'No such account', standardSchema: ZErrorResponse })
  @ApiResponse({ status: 409, description: 'Based on a stale version', standardSchema: ZErrorResponse })
  updateAccount(
    @CurrentPerson() person: AuthPerson,
    @Param('personId', { schema: ZUuid }) personId: string,
    @Body({ schema: ZUpdateAccountRequest }) body: TUpdateAccountRequest,
  ): Promise<TInstanceAccount> {
    return this.instance.updateAccount(person.id, personId, body);
  }

  @Get('audit')
  @ApiOperation({
    summary: 'The audit trail of the whole installation, newest first, without contents (administrator)',
  })
  @ApiResponse({ status: 200, standardSchema: ZInstanceAuditResponse })
  @ApiResponse({ status: 403, description: 'Not an administrator', standardSchema: ZErrorResponse })
  auditTrail(
    @CurrentPerson() person: AuthPerson,
    @Query({ schema: ZInstanceAuditQuery }) query: TInstanceAuditQuery,
  ): Promise<TInstanceAuditResponse> {
    return this.instance.auditTrail(person.id, query);
  }
}
