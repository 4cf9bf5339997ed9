import { Global, Module } from '@nestjs/common';
import { LinkTokens } from './link-tokens';
import { Secrets } from './secrets';

/** Keys derived from SECRET_KEY, for every module of the API and the worker. */
@Global()
@Module({ providers: [Secrets, LinkTokens], exports: [Secrets, LinkTokens] })
export class SecretsModule {}
