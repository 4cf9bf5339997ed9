import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountLinkMail } from './account-link-mail';
import { AccountLinksController } from './account-links.controller';
import { AccountLinksRepository } from './account-links.repository';
import { AccountLinksService } from './account-links.service';
import { AccountsRepository } from './accounts.repository';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionGuard } from './session.guard';
import { SessionsRepository } from './sessions.repository';
import { SignInThrottleRepository } from './sign-in-throttle.repository';
import { SignInThrottleService } from './sign-in-throttle.service';

@Module({
  controllers: [AuthController, AccountLinksController],
  providers: [
    AuthService,
    AccountLinksService,
    AccountLinksRepository,
    AccountLinkMail,
    AccountsRepository,
    SessionsRepository,
    SignInThrottleRepository,
    SignInThrottleService,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService, AccountLinksService, AccountLinksRepository],
})
export class AuthModule {}
