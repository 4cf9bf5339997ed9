import { Global, Module } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AccessService } from './access.service';

/** Access rules and the audit writer, used by every feature module. */
@Global()
@Module({ providers: [AccessService, AuditService], exports: [AccessService, AuditService] })
export class AccessModule {}
