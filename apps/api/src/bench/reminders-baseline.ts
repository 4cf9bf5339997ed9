/**
 * The baseline of `npm run bench:reminders` in a process of its own, as the worker is: plain
 * pooled nodemailer sending the messages it is given to the bench's SMTP sink. The bench hands it
 * a round's messages, then says "go" and times until the sink has them all. Its pool lives as long
 * as the process, as the worker's does.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { smtpOptions } from '../infra/mail/smtp-transport';

export type BaselineMessage = { subject: string; text: string; html: string; to: string[]; cc: string[] };

export type BaselineRequest = { type: 'load'; messages: BaselineMessage[] } | { type: 'go'; round: number };

export type BaselineReply =
  | { type: 'loaded' }
  | { type: 'done'; seconds: number }
  | { type: 'failed'; error: string };

/** Sends `messages` with at most `connections` in flight, as the bench's baseline always has. */
export async function sendAll(
  transporter: Transporter,
  messages: readonly BaselineMessage[],
  connections: number,
  idPrefix: string,
): Promise<void> {
  const inFlight = new Set<Promise<unknown>>();
  for (const [i, message] of messages.entries()) {
    const sending = transporter
      .sendMail({
        from: { name: 'GCM Review Tracker', address: 'bench@localhost' },
        to: message.to,
        cc: message.cc.length ? message.cc : undefined,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: `<${idPrefix}-${i}@localhost>`,
        headers: { 'X-GCM-Outbox-Id': `${idPrefix}-${i}`, 'X-GCM-Kind': 'reminder.manual' },
      })
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
    if (inFlight.size >= connections) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
}

function main(): void {
  const sinkUrl = process.env.BENCH_SINK_URL;
  const connections = Number(process.env.BENCH_CONNECTIONS);
  if (!sinkUrl || !connections || !process.send) throw new Error('started by the reminders bench only');
  const transporter = nodemailer.createTransport(smtpOptions(sinkUrl, connections));
  let messages: BaselineMessage[] = [];
  const reply = (message: BaselineReply) => process.send?.(message);
  process.on('message', (request: BaselineRequest) => {
    if (request.type === 'load') {
      messages = request.messages;
      reply({ type: 'loaded' });
      return;
    }
    const started = performance.now();
    sendAll(transporter, messages, connections, `baseline-${request.round}`).then(
      () => reply({ type: 'done', seconds: (performance.now() - started) / 1000 }),
      (error: unknown) => reply({ type: 'failed', error: String(error) }),
    );
  });
  process.on('disconnect', () => {
    transporter.close();
    process.exit(0);
  });
}

if (require.main === module) main();
