import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditTrailService } from './audit-trail.service';

/** The audit trail's read side; the writer (AuditService) is provided globally by AccessModule. */
@Module({ controllers: [AuditController], providers: [AuditTrailService] })
export class AuditModule {}
