import {
  type TAcceptInvitationRequest,
  type TCurrentPerson,
  type TInvitationPreview,
  type TSetLanguageRequest,
  type TSignInRequest,
  ZAcceptInvitationRequest,
  ZCurrentPerson,
  ZInvitationPreview,
  ZInvitationToken,
  ZSetLanguageRequest,
  ZSignInRequest,
} from '@gcm/domain';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Documented } from '../../infra/http/endpoint-docs';
import { OpensSession } from '../../infra/http/request-policy';
import { CurrentPerson, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { type AuthPerson, SESSION_COOKIE, setSessionCookie } from './auth.types';

@ApiTags('auth')
@Controller('api')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @OpensSession()
  @Post('auth/sign-in')
  @HttpCode(200)
  @Documented('Sign in with e-mail and password; sets an httpOnly session cookie', {
    200: ZCurrentPerson,
    401: 'Wrong e-mail or password',
    429: 'Too many failed attempts',
  })
  async signIn(
    @Body({ schema: ZSignInRequest }) body: TSignInRequest,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TCurrentPerson> {
    const session = await this.auth.signIn(body, request.ip ?? 'unknown');
    setSessionCookie(response, session, this.auth.secureCookies);
    return this.auth.currentPerson(session.personId);
  }

  @Post('auth/sign-out')
  @HttpCode(204)
  @Documented('End this session on the server and clear the cookie', { 204: 'Signed out' })
  async signOut(
    @CurrentPerson() person: AuthPerson,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.signOut(person.sessionId);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('auth/me')
  @Documented('The signed-in person and their roles in each review', {
    200: ZCurrentPerson,
    401: 'Not signed in',
  })
  me(@CurrentPerson() person: AuthPerson): Promise<TCurrentPerson> {
    return this.auth.currentPerson(person.id);
  }

  @Put('me/language')
  @Documented('Choose the language of your screens and e-mails', {
    200: ZCurrentPerson,
    400: 'Not one of the six languages',
  })
  setLanguage(
    @CurrentPerson() person: AuthPerson,
    @Body({ schema: ZSetLanguageRequest }) body: TSetLanguageRequest,
  ): Promise<TCurrentPerson> {
    return this.auth.setLanguage(person.id, body.locale);
  }

  @Public()
  @Get('invitations/:token')
  @Documented('What an invitation link is for (who, which review, which role)', {
    200: ZInvitationPreview,
    404: 'Unknown or expired link',
  })
  preview(@Param('token', { schema: ZInvitationToken }) token: string): Promise<TInvitationPreview> {
    return this.auth.previewInvitation(token);
  }

  @Public()
  @OpensSession()
  @Post('invitations/:token/accept')
  @HttpCode(200)
  @Documented('Set a password through an invitation (single use) and sign in', {
    200: ZCurrentPerson,
    409: 'Already used',
  })
  async accept(
    @Param('token', { schema: ZInvitationToken }) token: string,
    @Body({ schema: ZAcceptInvitationRequest }) body: TAcceptInvitationRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TCurrentPerson> {
    const session = await this.auth.acceptInvitation(token, body);
    setSessionCookie(response, session, this.auth.secureCookies);
    return this.auth.currentPerson(session.personId);
  }
}
