import { AppError } from '@gcm/domain';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import {
  ACCEPTS_MULTIPART,
  assertBodyType,
  assertSameOrigin,
  OPENS_SESSION,
} from '../../infra/http/request-policy';
import { hashToken } from '../../infra/secrets/tokens';
import { IS_PUBLIC } from './auth.decorators';
import { type AuthedRequest, SESSION_COOKIE } from './auth.types';
import { SessionsRepository } from './sessions.repository';

/**
 * Every route needs a session unless marked @Public(). The cookie holds a random token; only its
 * hash is stored, so a database leak does not hand out sessions. Before anything else it applies
 * the cross-site request forgery rules (infra/http/request-policy.ts).
 */
@Injectable()
export class SessionGuard implements CanActivate {
  private readonly publicOrigin: string;

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicOrigin = new URL(config.publicUrl).origin;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    const opensSession = this.reflector.getAllAndOverride<boolean>(OPENS_SESSION, [
      context.getHandler(),
      context.getClass(),
    ]);
    assertSameOrigin(request, this.publicOrigin, token !== undefined || opensSession === true);
    const acceptsMultipart = this.reflector.getAllAndOverride<boolean>(ACCEPTS_MULTIPART, [
      context.getHandler(),
      context.getClass(),
    ]);
    assertBodyType(request, acceptsMultipart === true);
    if (typeof token === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(token)) {
      const now = this.clock.now();
      const session = await this.sessions.findActive(hashToken(token), now);
      if (session) {
        request.person = { ...session.person, sessionId: session.id };
        await this.sessions.touchIfDue(session, now);
      }
    }
    if (!isPublic && !request.person) {
      throw new AppError('UNAUTHENTICATED', 'Please sign in to continue');
    }
    return true;
  }
}
