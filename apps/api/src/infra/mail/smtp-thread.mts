/**
 * The SMTP thread: nodemailer's pool, and its composition of every message, in a V8 isolate of
 * their own (decision 0035). `SmtpTransport` starts it and hands it each message's options; it
 * answers with what the server said, or with the error, described.
 *
 * It imports nodemailer and nothing else, so no module that slows V8's string built-ins down
 * for a whole isolate is ever loaded here (ioredis is, in the worker's main thread). It is an ES
 * module (`.mts`) so that tests run it from source with Node's own type stripping.
 */
import { parentPort, workerData } from 'node:worker_threads';
import nodemailer from 'nodemailer';
import type {
  SmtpThreadError,
  SmtpThreadReply,
  SmtpThreadRequest,
  SmtpThreadSetup,
} from './smtp-transport.js';

const port = parentPort;
if (!port) throw new Error('smtp-thread runs as a worker thread that SmtpTransport starts');
const transporter = nodemailer.createTransport((workerData as SmtpThreadSetup).smtp);

/** An error as plain data: nodemailer's carry the SMTP code, reply and command. */
function described(error: unknown): SmtpThreadError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, responseCode, command, response } = error as Error & Partial<SmtpThreadError>;
  return { name: error.name, message: error.message, code, responseCode, command, response };
}

let inFlight = 0;
let closing = false;

/** Closes the pool once no send is in flight; with the port closed too, the thread ends. */
function closeWhenIdle(): void {
  if (!closing || inFlight > 0) return;
  transporter.close();
  port?.close();
}

port.on('message', (request: SmtpThreadRequest) => {
  if (request.type === 'close') {
    closing = true;
    closeWhenIdle();
    return;
  }
  const { mail } = request;
  // Buffers arrive as plain Uint8Arrays; nodemailer documents content as a string, Buffer or stream.
  const attachments = mail.attachments?.map((file) => ({
    ...file,
    content: Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength),
  }));
  inFlight += 1;
  transporter
    .sendMail({ ...mail, attachments })
    .then(
      (info) => {
        const reply: SmtpThreadReply = {
          id: request.id,
          messageId: info.messageId,
          response: String(info.response ?? ''),
        };
        port.postMessage(reply);
      },
      (error: unknown) => {
        const reply: SmtpThreadReply = { id: request.id, error: described(error) };
        port.postMessage(reply);
      },
    )
    .finally(() => {
      inFlight -= 1;
      closeWhenIdle();
    });
});
