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
  ZInstanceAccount,
  ZInstanceAccountsResponse,
  ZInstanceAuditQuery,
  ZInstanceAuditResponse,
  ZInstanceReview,
  ZInstanceReviewsResponse,
  ZUpdateAccountRequest,
} from '@gcm/domain';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { InstanceService } from './instance.service';

@ApiTags('instance')
@Controller('api/instance')
export class InstanceController {
  constructor(private readonly instance: InstanceService) {}

  @Get('reviews')
  @Documented('Every review of the installation: status, coordinators, progress (administrator)', {
    200: ZInstanceReviewsResponse,
    403: 'Not an administrator',
  })
  reviews(@CurrentPerson() person: AuthPerson): Promise<TInstanceReviewsResponse> {
    return this.instance.reviews(person.id);
  }

  @Post('reviews')
  @Documented(
    'Start a review for a country and invite its coordinator by e-mail (administrator; takes no part)',
    {
      201: ZInstanceReview,
      403: 'Not an administrator',
      409: 'That country already has a review for the cycle',
    },
  )
  startReview(
    @CurrentPerson() person: AuthPerson,
    @Body({ schema: ZCreateReviewRequest }) body: TCreateReviewRequest,
  ): Promise<TInstanceReview> {
    return this.instance.startReview(person.id, body);
  }

  @Get('accounts')
  @Documented('Every account of the installation (administrator)', {
    200: ZInstanceAccountsResponse,
    403: 'Not an administrator',
  })
  accounts(@CurrentPerson() person: AuthPerson): Promise<TInstanceAccountsResponse> {
    return this.instance.accounts(person.id);
  }

  @Post('accounts')
  @Documented('Add an account and e-mail its activation link (administrator)', {
    201: ZInstanceAccount,
    403: 'Not an administrator',
  })
  createAccount(
    @CurrentPerson() person: AuthPerson,
    @Body({ schema: ZCreateAccountRequest }) body: TCreateAccountRequest,
  ): Promise<TInstanceAccount> {
    return this.instance.createAccount(person.id, body);
  }

  @Patch('accounts/:personId')
  @Documented('Grant the right to start reviews, suspend or restore an account (administrator)', {
    200: ZInstanceAccount,
    403: 'Not an administrator',
    404: 'No such account',
    409: 'Based on a stale version',
  })
  updateAccount(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('personId') personId: string,
    @Body({ schema: ZUpdateAccountRequest }) body: TUpdateAccountRequest,
  ): Promise<TInstanceAccount> {
    return this.instance.updateAccount(person.id, personId, body);
  }

  @Get('audit')
  @Documented('The audit trail of the whole installation, newest first, without contents (administrator)', {
    200: ZInstanceAuditResponse,
    403: 'Not an administrator',
  })
  auditTrail(
    @CurrentPerson() person: AuthPerson,
    @Query({ schema: ZInstanceAuditQuery }) query: TInstanceAuditQuery,
  ): Promise<TInstanceAuditResponse> {
    return this.instance.auditTrail(person.id, query);
  }
}
