import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../src/config/config';
import { SmtpSink } from '../src/dev-mail/smtp-sink';
import type { OutgoingMail } from '../src/infra/mail/mail-transport';
import { SmtpTransport } from '../src/infra/mail/smtp-transport';

const SECRET_KEY = 'k'.repeat(48);

function transportTo(smtpUrl: string, idleMs?: number): SmtpTransport {
  return new SmtpTransport(
    loadConfig({ DATABASE_URL: 'postgresql://gcm@127.0.0.1:5432/gcm', SECRET_KEY, SMTP_URL: smtpUrl }),
    idleMs,
  );
}

interface Thread {
  exited: Promise<[number]>;
  terminate(): Promise<void>;
}

/** The thread a transport runs now (private: these tests watch it end, or stop it as a crash would). */
function threadOf(transport: SmtpTransport): Thread | undefined {
  return (transport as unknown as { thread?: Thread }).thread;
}

const calendar = Buffer.from(
  'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Хугацаа — Objective 1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
);

const agenda = Buffer.from('Consultation with civil society, 12 May 2026, 10:00 Ulaanbaatar\r\n');

function mail(id: string, to = 'focal.point@nso.mn.example'): OutgoingMail {
  return {
    from: { name: 'Ministry of Foreign Affairs of Mongolia', address: 'no-reply@gcm.example.org' },
    replyTo: 'gcm@mfa.gov.mn.example',
    to: [to],
    cc: ['head@nso.mn.example'],
    subject: 'Reminder: question 1b is due — Монгол',
    text: 'Please describe how the government ensures that migration data are accurate.',
    html: '<p>Please describe how the government ensures that migration data are <b>accurate</b>.</p>',
    messageId: `<outbox-${id}@gcm.example.org>`,
    attachments: [
      { filename: 'due-date.ics', contentType: 'text/calendar', content: calendar },
      { filename: 'agenda.txt', contentType: 'text/plain', content: agenda },
    ],
    headers: { 'X-GCM-Outbox-Id': id, 'X-GCM-Kind': 'reminder.overdue' },
  };
}

describe('SmtpTransport, which sends from a thread of its own (decision 0035)', () => {
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = new SmtpSink();
    await sink.start();
  });

  afterAll(async () => {
    await sink.stop();
  });

  beforeEach(() => {
    sink.received.length = 0;
    sink.onMessage = undefined;
  });

  it('sends the message whole: addressees, headers, both parts and the attachment byte for byte', async () => {
    const transport = transportTo(sink.url);
    try {
      const sent = await transport.send(mail('whole'));
      expect(sent.messageId).toBe('<outbox-whole@gcm.example.org>');
      expect(sent.response).toMatch(/^250/);
      const [received] = await sink.waitFor(1);
      expect(received?.envelopeTo.sort()).toEqual(['focal.point@nso.mn.example', 'head@nso.mn.example']);
      expect(received?.outboxId).toBe('whole');
      const parsed = received?.parsed;
      expect(parsed?.subject).toBe('Reminder: question 1b is due — Монгол');
      expect(parsed?.replyTo?.text).toBe('gcm@mfa.gov.mn.example');
      expect(parsed?.from?.value[0]).toEqual({
        name: 'Ministry of Foreign Affairs of Mongolia',
        address: 'no-reply@gcm.example.org',
      });
      expect(parsed?.html).toContain('<b>accurate</b>');
      expect(parsed?.text).toContain('migration data are accurate');
      const [file, text] = parsed?.attachments ?? [];
      expect(file?.filename).toBe('due-date.ics');
      expect(Buffer.compare(file?.content ?? Buffer.alloc(0), calendar)).toBe(0);
      expect(text?.filename).toBe('agenda.txt');
      expect(Buffer.compare(text?.content ?? Buffer.alloc(0), agenda)).toBe(0);
    } finally {
      await transport.close();
    }
  });

  it('fails a refused message with the server’s code and reply, and goes on sending', async () => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (address.address.startsWith('gone')) {
          callback(Object.assign(new Error('5.1.1 Mailbox does not exist'), { responseCode: 550 }));
          return;
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        stream.resume();
        stream.on('end', () => callback());
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.server.address() as { port: number };
    const transport = transportTo(`smtp://127.0.0.1:${port}?ignoreTLS=true`);
    try {
      // Refused for every addressee (with one accepted, nodemailer sends to that one).
      const refused = await transport.send({ ...mail('refused', 'gone@nso.mn.example'), cc: [] }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(Error);
      expect(refused).toMatchObject({ responseCode: 550, code: 'EENVELOPE' });
      expect((refused as Error).message).toContain('Mailbox does not exist');
      await expect(transport.send(mail('next'))).resolves.toMatchObject({
        messageId: '<outbox-next@gcm.example.org>',
      });
    } finally {
      await transport.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('when its thread dies, fails the sends it held and starts a new thread for the next', async () => {
    const transport = transportTo(sink.url);
    try {
      await transport.send(mail('first'));
      const first = threadOf(transport);
      let arrived: () => void = () => {};
      const arriving = new Promise<void>((resolve) => {
        arrived = resolve;
      });
      sink.onMessage = async () => {
        arrived();
        await new Promise((resolve) => setTimeout(resolve, 500));
      };
      const held = transport.send(mail('held')).then(
        () => undefined,
        (error: unknown) => error,
      );
      await arriving;
      await first?.terminate();
      expect(String(await held)).toMatch(/SMTP thread ended/);
      sink.onMessage = undefined;
      await transport.send(mail('after'));
      expect(threadOf(transport)).toBeDefined();
      expect(threadOf(transport)).not.toBe(first);
      expect(sink.countsByOutboxId().get('after')).toBe(1);
      // The sink had the held message whole before the thread died, and takes it once its hook is
      // done: the window decision 0006 covers (the row is retried under the same Message-ID).
      await sink.waitFor(3);
    } finally {
      await transport.close();
    }
  });

  it('closes once the sends in flight are done, and ends its thread', async () => {
    const transport = transportTo(sink.url);
    sink.onMessage = () => new Promise((resolve) => setTimeout(resolve, 300));
    const sending = [transport.send(mail('a')), transport.send(mail('b')), transport.send(mail('c'))];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const thread = threadOf(transport);
    await transport.close();
    await expect(Promise.all(sending)).resolves.toHaveLength(3);
    expect(await thread?.exited).toEqual([0]);
    expect(threadOf(transport)).toBeUndefined();
    expect([...sink.countsByOutboxId().keys()].sort()).toEqual(['a', 'b', 'c']);
  });

  it('ends its thread once idle, and starts another for the next send', async () => {
    const transport = transportTo(sink.url, 200);
    try {
      await Promise.all([transport.send(mail('one')), transport.send(mail('two'))]);
      const first = threadOf(transport);
      expect(first).toBeDefined();
      expect(await first?.exited).toEqual([0]);
      expect(threadOf(transport)).toBeUndefined();
      await transport.send(mail('three'));
      expect(threadOf(transport)).not.toBe(first);
      expect([...sink.countsByOutboxId().values()]).toEqual([1, 1, 1]);
    } finally {
      await transport.close();
    }
  });

  it('runs nodemailer where V8’s string protector still holds, which ioredis breaks for its own isolate', () => {
    // In a process of its own with V8's natives syntax: load ioredis as the worker does, then
    // start the real SMTP thread module in a thread and ask each isolate for the protector.
    const entry = path.join(__dirname, '../src/infra/mail/smtp-thread.mts');
    const script = `
      const { Worker } = require('node:worker_threads');
      require('ioredis');
      const main = %StringWrapperToPrimitiveProtector();
      const thread = new Worker(
        "import(" + JSON.stringify(require('node:url').pathToFileURL(${JSON.stringify(entry)}).href) + ")" +
          ".then(() => require('node:worker_threads').parentPort.postMessage(%StringWrapperToPrimitiveProtector()))",
        { eval: true, workerData: { smtp: { jsonTransport: true } } },
      );
      thread.once('message', (inThread) => {
        console.log(JSON.stringify({ main, inThread }));
        thread.terminate();
      });
    `;
    const output = execFileSync(process.execPath, ['--allow-natives-syntax', '-e', script], {
      cwd: path.join(__dirname, '..'),
      encoding: 'utf8',
    });
    // ioredis defines `class VerbatimString extends String`; should a release drop it, this
    // fails: decision 0035 then says what to measure before the thread is let go.
    expect(JSON.parse(output)).toEqual({ main: false, inThread: true });
  });
});
