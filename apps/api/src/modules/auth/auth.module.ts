import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountsRepository } from './accounts.repository';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionGuard } from './session.guard';
import { SessionsRepository } from './sessions.repository';
import { SignInThrottleRepository } from './sign-in-throttle.repository';
import { SignInThrottleService } from './sign-in-throttle.service';

@Module({
  controllers: [AuthController],
  providers: [
    AuthService,
    AccountsRepository,
    SessionsRepository,
    SignInThrottleRepository,
    SignInThrottleService,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
