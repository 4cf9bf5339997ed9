import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  id: string;
  receivedAt: Date;
  envelopeTo: string[];
  parsed: ParsedMail;
}

/**
 * For the one-command start without SMTP_URL: a local SMTP server that keeps every message
 * (in memory and as .eml files under DATA_DIR/mail) and an inbox to read them in a browser.
 * It never relays anything anywhere.
 *
 * The inbox shows live invitation links, so it is locked: a random access key is made at start and
 * printed in the start banner as `/_mail?key=…`. Opening that link sets an HttpOnly, SameSite=Strict
 * cookie scoped to /_mail and redirects; without the key (link or cookie) everything under /_mail
 * answers 404.
 */
export class MailCatcher {
  private readonly messages: CaughtMail[] = [];
  private server?: SMTPServer;
  port = 0;
  /** The key that opens the inbox; new at every start. */
  readonly accessKey = randomBytes(24).toString('base64url');

  constructor(private readonly dir: string) {}

  /** The link to print: it opens the inbox and remembers the key in a cookie. */
  accessUrl(publicUrl: string): string {
    return `${publicUrl}/_mail?key=${this.accessKey}`;
  }

  /** Constant-time: compares digests, so neither length nor content leaks through timing. */
  private keyMatches(candidate: unknown): boolean {
    if (typeof candidate !== 'string' || candidate === '') return false;
    const digest = (value: string) => createHash('sha256').update(value).digest();
    return timingSafeEqual(digest(candidate), digest(this.accessKey));
  }

  private requireKey(request: Request, response: Response, next: NextFunction): void {
    const fromLink = request.query.key;
    if (this.keyMatches(fromLink)) {
      response.cookie(MAIL_KEY_COOKIE, this.accessKey, {
        httpOnly: true,
        sameSite: 'strict',
        secure: request.secure,
        path: '/_mail',
      });
      response.redirect(303, `${request.baseUrl}${request.path === '/' ? '' : request.path}` || '/_mail');
      return;
    }
    if (this.keyMatches(cookieValue(request.headers.cookie, MAIL_KEY_COOKIE))) {
      next();
      return;
    }
    response.status(404).type('text').send('Not found');
  }

  async start(port = 0): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const name of (await readdir(this.dir)).filter((file) => file.endsWith('.eml')).sort()) {
      const raw = await readFile(path.join(this.dir, name));
      this.messages.push({
        id: name.replace(/\.eml$/, ''),
        receivedAt: new Date(Number(name.split('-')[0])),
        envelopeTo: [],
        parsed: await simpleParser(raw),
      });
    }
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      banner: 'GCM Review Tracker local mail catcher',
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          const id = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
          simpleParser(raw)
            .then(async (parsed) => {
              this.messages.push({
                id,
                receivedAt: new Date(),
                envelopeTo: session.envelope.rcptTo.map((r) => r.address),
                parsed,
              });
              if (this.messages.length > 1000) this.messages.shift();
              await writeFile(path.join(this.dir, `${id}.eml`), raw);
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  get smtpUrl(): string {
    return `smtp://127.0.0.1:${this.port}?ignoreTLS=true`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The inbox pages: a list, one message, its HTML part. */
  router(): Router {
    const router = express.Router();
    router.use((request, response, next) => this.requireKey(request, response, next));
    router.use((_request, response, next) => {
      response.setHeader('Cache-Control', 'no-store');
      response.setHeader(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      );
      next();
    });
    const escapeHtml = (value: string) =>
      value.replace(
        /[&<>"']/g,
        (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
      );
    const page = (title: string, body: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #d0d7de;padding:.4rem;text-align:left;vertical-align:top}a{color:#0b5cab}
iframe{width:100%;height:70vh;border:1px solid #d0d7de}pre{white-space:pre-wrap;background:#f6f8fa;padding:1rem}
</style></head><body>${body}</body></html>`;
    router.get('/', (_request, response) => {
      const rows = [...this.messages]
        .reverse()
        .map(
          (m) =>
            `<tr><td>${escapeHtml(m.receivedAt.toISOString().replace('T', ' ').slice(0, 19))}</td><td>${escapeHtml(
              m.parsed.to
                ? [m.parsed.to]
                    .flat()
                    .map((a) => a.text)
                    .join(', ')
                : '',
            )}</td><td><a href="/_mail/${m.id}">${escapeHtml(m.parsed.subject ?? '(no subject)')}</a></td></tr>`,
        )
        .join('');
      response
        .type('html')
        .send(
          page(
            'Local mail',
            `<h1>Local mail (${this.messages.length})</h1><p>Every e-mail the app sends while it runs without SMTP_URL lands here; nothing leaves this computer.</p><table><tr><th>Received (UTC)</th><th>To</th><th>Subject</th></tr>${rows}</table>`,
          ),
        );
    });
    router.get('/:id', (request, response) => {
      const mail = this.messages.find((m) => m.id === request.params.id);
      if (!mail) {
        response
          .status(404)
          .type('html')
          .send(page('Not found', '<p>No such message. <a href="/_mail">Back</a></p>'));
        return;
      }
      const attachments = mail.parsed.attachments
        .map(
          (a, index) =>
            `<li><a href="/_mail/${mail.id}/attachments/${index}">${escapeHtml(a.filename ?? 'attachment')}</a> (${escapeHtml(a.contentType)})</li>`,
        )
        .join('');
      response.type('html').send(
        page(
          mail.parsed.subject ?? 'Message',
          `<p><a href="/_mail">← Inbox</a></p><h1>${escapeHtml(mail.parsed.subject ?? '')}</h1>
<p><b>From:</b> ${escapeHtml(mail.parsed.from?.text ?? '')}<br><b>To:</b> ${escapeHtml(
            [mail.parsed.to ?? []]
              .flat()
              .map((a) => a.text)
              .join(', '),
          )}<br><b>Cc:</b> ${escapeHtml(
            [mail.parsed.cc ?? []]
              .flat()
              .map((a) => a.text)
              .join(', '),
          )}</p>
${attachments ? `<ul>${attachments}</ul>` : ''}<iframe sandbox title="HTML part" src="/_mail/${mail.id}/html"></iframe><h2>Text part</h2><pre>${escapeHtml(mail.parsed.text ?? '')}</pre>`,
        ),
      );
    });
    router.get('/:id/html', (request, response) => {
      const mail = this.messages.find((m) => m.id === request.params.id);
      // Shown in the message page's sandboxed frame: framing by the inbox (same origin) only.
      response.removeHeader('X-Frame-Options');
      response.setHeader(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'",
      );
      response.type('html').send(mail?.parsed.html || '<p>No HTML part.</p>');
    });
    router.get('/:id/attachments/:index', (request, response) => {
      const mail = this.messages.find((m) => m.id === request.params.id);
      const attachment = mail?.parsed.attachments[Number(request.params.index)];
      if (!attachment) {
        response.status(404).end();
        return;
      }
      response.setHeader(
        'Content-Disposition',
        `attachment; filename="${(attachment.filename ?? 'file').replace(/"/g, '')}"`,
      );
      response.type(attachment.contentType).send(attachment.content);
    });
    return router;
  }
}

const MAIL_KEY_COOKIE = 'gcm_mail_key';

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(value.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
