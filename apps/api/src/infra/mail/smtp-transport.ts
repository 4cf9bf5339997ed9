import { once } from 'node:events';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable, type OnModuleDestroy, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { MailTransport, type OutgoingMail } from './mail-transport';

/**
 * SMTP connections for each job the worker runs at a time (WORKER_CONCURRENCY): the pool has
 * WORKER_CONCURRENCY × SENDS_PER_BATCH of them, and the worker's batches share them, with as many
 * sends in flight (decision 0028), so no send waits for a connection.
 */
export const SENDS_PER_BATCH = 4;

/** What the SMTP thread is started with. */
export interface SmtpThreadSetup {
  smtp: ReturnType<typeof smtpOptions>;
}

/** A message for the SMTP thread to send, or the word to close its pool and end. */
export type SmtpThreadRequest =
  | { type: 'send'; id: number; mail: ReturnType<typeof messageOptions> }
  | { type: 'close' };

/** A send's error as plain data (an Error loses its own fields between threads). */
export interface SmtpThreadError {
  name: string;
  message: string;
  code?: string;
  responseCode?: number;
  command?: string;
  response?: string;
}

/** What the SMTP thread answers to a send. */
export type SmtpThreadReply =
  | { id: number; messageId: string; response: string }
  | { id: number; error: SmtpThreadError };

/** Injection token for how long an idle SMTP thread lives (tests shorten it). */
export const SMTP_THREAD_IDLE = Symbol('SMTP_THREAD_IDLE');

/** The thread's entry: its source under Jest (Node strips the types), its build otherwise. */
const SMTP_THREAD_ENTRY = join(__dirname, __filename.endsWith('.ts') ? 'smtp-thread.mts' : 'smtp-thread.mjs');

/** How long a thread waits for its sends in flight to finish when closed, before it is stopped. */
const CLOSE_TIMEOUT_MS = 10_000;

/**
 * How long the thread stays with no send in flight before it ends, its pool and heap with it: the
 * worker's main thread gives its memory back after 10 s at rest (decision 0033), and a thread's
 * heap is its own. The next send starts a new thread (about 50 ms).
 */
export const SMTP_THREAD_IDLE_MS = 10_000;

type Sent = { messageId: string; response: string };

/** One SMTP thread and the sends it has in hand. */
class SmtpThread {
  private readonly worker: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (sent: Sent) => void; reject: (error: Error) => void }
  >();
  private lastId = 0;
  private ended = false;
  readonly exited: Promise<unknown>;

  constructor(setup: SmtpThreadSetup, onEnd: (thread: SmtpThread) => void) {
    this.worker = new Worker(SMTP_THREAD_ENTRY, { workerData: setup, name: 'smtp' });
    this.exited = once(this.worker, 'exit');
    this.worker.on('message', (reply: SmtpThreadReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(Object.assign(new Error(reply.error.message), reply.error));
      else waiting?.resolve({ messageId: reply.messageId, response: reply.response });
    });
    const end = (error: Error) => {
      if (this.ended) return;
      this.ended = true;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      onEnd(this);
    };
    this.worker.on('error', end);
    this.worker.on('exit', (code) => end(new Error(`The SMTP thread ended (exit code ${code})`)));
  }

  get inFlight(): number {
    return this.pending.size;
  }

  send(mail: OutgoingMail): Promise<Sent> {
    const id = ++this.lastId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: SmtpThreadRequest = { type: 'send', id, mail: messageOptions(mail) };
      this.worker.postMessage(request);
    });
  }

  /** Ends the thread once its sends in flight are done (stopped if they are not within the timeout). */
  async close(): Promise<void> {
    if (this.ended) return;
    const request: SmtpThreadRequest = { type: 'close' };
    this.worker.postMessage(request);
    const timer = setTimeout(() => void this.worker.terminate(), CLOSE_TIMEOUT_MS);
    try {
      await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Stops the thread at once, as a crash would (tests). */
  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * nodemailer over SMTP with a connection pool sized to the worker's concurrency, in a thread of
 * its own (decision 0035): ioredis, which every worker loads for BullMQ, defines a subclass of
 * String, and V8 then runs `charCodeAt`, `slice` and the like on every string of that isolate on a
 * slower path, which cost nodemailer's composition 25–35 %. A thread is started at the first send
 * and ends after SMTP_THREAD_IDLE_MS with nothing in flight, or at close(). Should it stop, the
 * sends it held fail (their rows are retried, as after any failed send) and the next send starts
 * a new one.
 */
@Injectable()
export class SmtpTransport extends MailTransport implements OnModuleDestroy {
  private readonly setup: SmtpThreadSetup;
  private thread: SmtpThread | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly closing = new Set<Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Optional() @Inject(SMTP_THREAD_IDLE) private readonly idleMs: number = SMTP_THREAD_IDLE_MS,
  ) {
    super();
    if (!config.smtpUrl) {
      throw new Error('SMTP_URL is not set: the worker cannot send e-mail');
    }
    this.setup = { smtp: smtpOptions(config.smtpUrl, config.workerConcurrency * SENDS_PER_BATCH) };
  }

  async send(mail: OutgoingMail): Promise<Sent> {
    clearTimeout(this.idleTimer);
    this.thread ??= new SmtpThread(this.setup, (ended) => {
      if (this.thread === ended) this.thread = undefined;
    });
    const thread = this.thread;
    try {
      return await thread.send(mail);
    } finally {
      if (this.thread === thread && thread.inFlight === 0) this.restWhenIdle(thread);
    }
  }

  /** Ends the current thread once its sends are done; waits for threads already closing too. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    if (this.thread) this.retire(this.thread);
    await Promise.all(this.closing);
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  private restWhenIdle(thread: SmtpThread): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.thread === thread && thread.inFlight === 0) this.retire(thread);
    }, this.idleMs);
    this.idleTimer.unref();
  }

  /** The thread takes no new sends (the next starts another) and ends once its own are done. */
  private retire(thread: SmtpThread): void {
    if (this.thread === thread) this.thread = undefined;
    const closed = thread.close().finally(() => this.closing.delete(closed));
    this.closing.add(closed);
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
