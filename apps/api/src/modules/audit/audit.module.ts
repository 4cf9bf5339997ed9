import { Global, Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

/**
 * The audit writer: every module records its changes through AuditService, in the transaction of
 * the change. It depends on no feature, so anything may use it.
 */
@Global()
@Module({ providers: [AuditService, AuditRepository], exports: [AuditService, AuditRepository] })
export class AuditModule {}
