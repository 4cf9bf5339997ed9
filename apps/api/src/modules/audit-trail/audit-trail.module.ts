import { Module } from '@nestjs/common';
import { AuditTrailController } from './audit-trail.controller';
import { AuditTrailService } from './audit-trail.service';

/** The audit trail's read side, for the coordinator; the writer is the audit module's. */
@Module({ controllers: [AuditTrailController], providers: [AuditTrailService] })
export class AuditTrailModule {}
