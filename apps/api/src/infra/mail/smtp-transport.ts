import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { MailTransport, type OutgoingMail } from './mail-transport';

/**
 * SMTP connections for each job the worker runs at a time (WORKER_CONCURRENCY): the pool has
 * WORKER_CONCURRENCY × SENDS_PER_BATCH of them, and the worker's batches share them, with as many
 * sends in flight (decision 0028), so no send waits for a connection.
 */
export const SENDS_PER_BATCH = 4;

/** nodemailer over SMTP with a connection pool sized to the worker's concurrency. */
@Injectable()
export class SmtpTransport extends MailTransport implements OnModuleDestroy {
  private readonly transporter: Transporter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    if (!config.smtpUrl) {
      throw new Error('SMTP_URL is not set: the worker cannot send e-mail');
    }
    this.transporter = nodemailer.createTransport(
      smtpOptions(config.smtpUrl, config.workerConcurrency * SENDS_PER_BATCH),
    );
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string; response: string }> {
    const info = await this.transporter.sendMail(messageOptions(mail));
    return { messageId: info.messageId, response: String(info.response ?? '') };
  }

  async close(): Promise<void> {
    this.transporter.close();
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }
}

/**
 * nodemailer's options for one e-mail. The HTML part is declared quoted-printable, which is what
 * nodemailer would choose for it: our HTML is rendered on one long line and its markup outnumbers
 * any non-Latin text, so nodemailer's detection (a count of every character, twice per part)
 * always ends there. Declaring it skips that count; the bytes sent are the same
 * (smtp-transport.spec.ts compares them in every language). The text part is left to nodemailer,
 * which sends it as 7bit, quoted-printable or base64 as its content needs.
 */
export function messageOptions(mail: OutgoingMail) {
  return {
    from: mail.from,
    replyTo: mail.replyTo,
    to: mail.to,
    cc: mail.cc.length ? mail.cc : undefined,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ? { content: mail.html, contentTransferEncoding: 'quoted-printable' } : undefined,
    messageId: mail.messageId,
    headers: mail.headers,
    attachments: mail.attachments,
  };
}

/**
 * smtp://user:pass@host:587 (STARTTLS when offered) or smtps://host:465; ?ignoreTLS=true for plain
 * local relays; ?maxConnections=N caps the pool below `connections` for a server that limits them.
 */
export function smtpOptions(smtpUrl: string, connections = 5) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    pool: true as const,
    host: url.hostname,
    port: Number(url.port || (secure ? 465 : 587)),
    secure,
    ignoreTLS: url.searchParams.get('ignoreTLS') === 'true',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    maxConnections: Number(url.searchParams.get('maxConnections') ?? connections),
    maxMessages: 500,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}
