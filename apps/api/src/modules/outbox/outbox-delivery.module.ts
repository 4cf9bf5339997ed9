import { Module } from '@nestjs/common';
import { MailTransport } from '../../infra/mail/mail-transport';
import { SmtpTransport } from '../../infra/mail/smtp-transport';
import { DeliveryService } from './delivery.service';
import { DigestRepository } from './digest.repository';
import { DigestService } from './digest.service';
import { MailProcessor } from './jobs/mail.processor';
import { OutboxReconciler } from './reconciler.service';

/** Sending: the queue processor, delivery over SMTP, the reconciler and the weekly digest. Only the worker imports it. */
@Module({
  providers: [
    { provide: MailTransport, useClass: SmtpTransport },
    DeliveryService,
    OutboxReconciler,
    DigestRepository,
    DigestService,
    MailProcessor,
  ],
  exports: [DeliveryService, OutboxReconciler, DigestService],
})
export class OutboxDeliveryModule {}
