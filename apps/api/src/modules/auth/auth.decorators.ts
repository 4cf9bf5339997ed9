import { AppError } from '@gcm/domain';
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthedRequest, AuthPerson } from './auth.types';

export const IS_PUBLIC = 'gcm:isPublic';

/** The route answers without a session (sign-in, invitations, health, catalogue). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The signed-in person; the SessionGuard has already refused anonymous requests. */
export const CurrentPerson = createParamDecorator((_data: unknown, context: ExecutionContext): AuthPerson => {
  const request = context.switchToHttp().getRequest<AuthedRequest>();
  if (!request.person) {
    throw new AppError('UNAUTHENTICATED', 'Please sign in');
  }
  return request.person;
});
