import { AppError } from '@gcm/domain';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Clock } from '../../infra/clock/clock';
import { IS_PUBLIC } from './auth.decorators';
import { type AuthedRequest, SESSION_COOKIE } from './auth.types';
import { SessionsRepository } from './sessions.repository';
import { hashToken } from './tokens';

/**
 * Every route needs a session unless marked @Public(). The cookie holds a random token; only its
 * hash is stored, so a database leak does not hand out sessions.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    assertSameOrigin(request);
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(token)) {
      const now = this.clock.now();
      const session = await this.sessions.findActive(hashToken(token), now);
      if (session) {
        request.person = { ...session.person, sessionId: session.id };
        await this.sessions.touch(session.id, now);
      }
    }
    if (!isPublic && !request.person) {
      throw new AppError('UNAUTHENTICATED', 'Please sign in to continue');
    }
    return true;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Besides SameSite cookies: a state-changing request that says it comes from another site is
 * refused, so no other page can act with a signed-in person's session.
 */
function assertSameOrigin(request: AuthedRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError('FORBIDDEN', 'Requests from other sites are refused');
  }
  const host = request.headers['x-forwarded-host'] ?? request.headers.host;
  if (originHost !== host) {
    throw new AppError('FORBIDDEN', 'Requests from other sites are refused');
  }
}
