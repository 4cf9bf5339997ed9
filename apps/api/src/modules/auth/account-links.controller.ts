import {
  FORGOT_PASSWORD_ANSWER,
  type TAccountLinkPreview,
  type TChangePasswordRequest,
  type TCurrentPerson,
  type TForgotPasswordRequest,
  type TForgotPasswordResponse,
  type TUseAccountLinkRequest,
  ZAccountLinkPreview,
  ZAccountLinkToken,
  ZChangePasswordRequest,
  ZCurrentPerson,
  ZForgotPasswordRequest,
  ZForgotPasswordResponse,
  ZUseAccountLinkRequest,
} from '@gcm/domain';
import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Documented } from '../../infra/http/endpoint-docs';
import { OpensSession } from '../../infra/http/request-policy';
import { AccountLinksService } from './account-links.service';
import { CurrentPerson, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { type AuthPerson, setSessionCookie } from './auth.types';

@ApiTags('auth')
@Controller('api')
export class AccountLinksController {
  constructor(
    private readonly links: AccountLinksService,
    private readonly auth: AuthService,
  ) {}

  @Public()
  @Get('account-links/:token')
  @Documented('What an account link is for: activating the account or choosing a new password', {
    200: ZAccountLinkPreview,
    404: 'Unknown, expired or replaced link',
    409: 'Already used',
  })
  preview(@Param('token', { schema: ZAccountLinkToken }) token: string): Promise<TAccountLinkPreview> {
    return this.links.preview(token);
  }

  @Public()
  @OpensSession()
  @Post('account-links/:token')
  @HttpCode(200)
  @Documented('Use an account link once: set the password, and sign in', {
    200: ZCurrentPerson,
    404: 'Unknown, expired or replaced link',
    409: 'Already used',
  })
  async use(
    @Param('token', { schema: ZAccountLinkToken }) token: string,
    @Body({ schema: ZUseAccountLinkRequest }) body: TUseAccountLinkRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TCurrentPerson> {
    const session = await this.links.use(token, body);
    setSessionCookie(response, session, this.auth.secureCookies);
    return this.auth.currentPerson(session.personId);
  }

  @Public()
  @OpensSession()
  @Post('auth/forgot-password')
  @HttpCode(202)
  @Documented(
    'E-mail a link to choose a new password, if an account uses the address (same answer either way)',
    {
      202: ZForgotPasswordResponse,
      429: 'Too many requests from this address',
    },
  )
  async forgotPassword(
    @Body({ schema: ZForgotPasswordRequest }) body: TForgotPasswordRequest,
    @Req() request: Request,
  ): Promise<TForgotPasswordResponse> {
    await this.links.forgotPassword(body.email, request.ip ?? 'unknown');
    return { message: FORGOT_PASSWORD_ANSWER };
  }

  @Post('auth/password')
  @HttpCode(204)
  @Documented('Change the password (the current one is required); other sessions end', {
    204: 'Changed',
    400: 'The current password is not right',
  })
  async changePassword(
    @CurrentPerson() person: AuthPerson,
    @Body({ schema: ZChangePasswordRequest }) body: TChangePasswordRequest,
  ): Promise<void> {
    await this.links.changePassword(person.id, person.sessionId, body);
  }
}
