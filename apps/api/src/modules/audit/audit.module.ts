import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditTrailService } from './audit-trail.service';

/** The audit trail's read side; the writer (AuditService) is provided globally by AccessModule. */
@Module({ controllers: [AuditController], providers: [AuditTrailService, AuditRepository] })
export class AuditModule {}
