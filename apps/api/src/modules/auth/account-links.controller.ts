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
  ZErrorResponse,
  ZForgotPasswordRequest,
  ZForgotPasswordResponse,
  ZUseAccountLinkRequest,
} from '@gcm/domain';
import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
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
  @ApiOperation({ summary: 'What an account link is for: activating the account or choosing a new password' })
  @ApiResponse({ status: 200, standardSchema: ZAccountLinkPreview })
  @ApiResponse({
    status: 404,
    description: 'Unknown, expired or replaced link',
    standardSchema: ZErrorResponse,
  })
  @ApiResponse({ status: 409, description: 'Already used', standardSchema: ZErrorResponse })
  preview(@Param('token', { schema: ZAccountLinkToken }) token: string): Promise<TAccountLinkPreview> {
    return this.links.preview(token);
  }

  @Public()
  @OpensSession()
  @Post('account-links/:token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Use an account link once: set the password, and sign in' })
  @ApiResponse({ status: 200, standardSchema: ZCurrentPerson })
  @ApiResponse({
    status: 404,
    description: 'Unknown, expired or replaced link',
    standardSchema: ZErrorResponse,
  })
  @ApiResponse({ status: 409, description: 'Already used', standardSchema: ZErrorResponse })
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
  @ApiOperation({
    summary:
      'E-mail a link to choose a new password, if an account uses the address (same answer either way)',
  })
  @ApiResponse({ status: 202, standardSchema: ZForgotPasswordResponse })
  @ApiResponse({
    status: 429,
    description: 'Too many requests from this address',
    standardSchema: ZErrorResponse,
  })
  async forgotPassword(
    @Body({ schema: ZForgotPasswordRequest }) body: TForgotPasswordRequest,
    @Req() request: Request,
  ): Promise<TForgotPasswordResponse> {
    await this.links.forgotPassword(body.email, request.ip ?? 'unknown');
    return { message: FORGOT_PASSWORD_ANSWER };
  }

  @Post('auth/password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change the password (the current one is required); other sessions end' })
  @ApiResponse({ status: 204, description: 'Changed' })
  @ApiResponse({
    status: 400,
    description: 'The current password is not right',
    standardSchema: ZErrorResponse,
  })
  async changePassword(
    @CurrentPerson() person: AuthPerson,
    @Body({ schema: ZChangePasswordRequest }) body: TChangePasswordRequest,
  ): Promise<void> {
    await this.links.changePassword(person.id, person.sessionId, body);
  }
}
