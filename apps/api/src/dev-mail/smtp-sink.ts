import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  /** The parsed message; an empty stand-in when the sink was started with `parse: false`. */
  parsed: ParsedMail;
  raw: Buffer;
  /** Our outbox id, from the X-GCM-Outbox-Id header. */
  outboxId: string | undefined;
}

/**
 * A real SMTP server for tests and benchmarks (the `smtp-server` package): records every message it accepts
 * (a message counts once the server answers 250), can refuse connections for a while, and can run
 * a hook when a message arrives (before answering), e.g. to kill a worker mid-batch.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private server?: SMTPServer;
  private refusing = false;
  port = 0;
  onMessage?: (count: number) => Promise<void> | void;

  /** `parse: false` keeps only the envelope and our outbox header: fast enough for benchmarks. */
  constructor(private readonly options: { parse?: boolean } = {}) {}

  async start(port = 0): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onConnect: (_session, callback) => {
        if (this.refusing) {
          callback(new Error('421 Service not available, try again later'));
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          void (async () => {
            const parse = this.options.parse ?? true;
            const parsed = parse
              ? await simpleParser(raw)
              : ({ headers: new Map() } as unknown as ParsedMail);
            await this.onMessage?.(this.received.length + 1);
            const header = parse
              ? parsed.headers.get('x-gcm-outbox-id')
              : /^X-GCM-Outbox-Id:\s*(\S+)/im.exec(raw.subarray(0, 8192).toString('latin1'))?.[1];
            this.received.push({
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              parsed,
              raw,
              outboxId: typeof header === 'string' ? header : undefined,
            });
            callback();
          })().catch((error: Error) => callback(error));
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(port, '127.0.0.1', () => resolve());
    });
    // A client that dies mid-message (a worker killed on purpose) resets its connection: the
    // message was never accepted, so there is nothing to record, and it must not crash the sink.
    this.server.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error;
    });
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}?ignoreTLS=true`;
  }

  /** Answer every new connection with 421 until `accept()`. */
  refuse(): void {
    this.refusing = true;
  }

  accept(): void {
    this.refusing = false;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  async waitFor(count: number, timeoutMs = 20_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) {
        throw new Error(`Expected ${count} e-mails, got ${this.received.length} within ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.received;
  }

  /** How many times each outbox id arrived. */
  countsByOutboxId(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mail of this.received) {
      if (mail.outboxId) counts.set(mail.outboxId, (counts.get(mail.outboxId) ?? 0) + 1);
    }
    return counts;
  }
}
