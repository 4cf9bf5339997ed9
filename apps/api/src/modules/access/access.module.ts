import { Global, Module } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository';
import { AuditService } from '../audit/audit.service';
import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';

/** Access rules and the audit writer, used by every feature module. */
@Global()
@Module({
  providers: [AccessService, AccessRepository, AuditService, AuditRepository],
  exports: [AccessService, AuditService],
})
export class AccessModule {}
