import { Global, Module } from '@nestjs/common';
import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';

/** Access rules (who may do what in which review), used by every feature module. */
@Global()
@Module({ providers: [AccessService, AccessRepository], exports: [AccessService] })
export class AccessModule {}
