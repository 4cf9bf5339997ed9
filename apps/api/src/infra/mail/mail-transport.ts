/** An e-mail ready to hand to SMTP. */
export interface OutgoingMail {
  /** "Name <address>", or the display name and address apart (nodemailer quotes the name). */
  from: string | { name: string; address: string };
  replyTo?: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string;
  /** Deterministic, so a message sent twice is recognisable as the same message. */
  messageId: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
  headers?: Record<string, string>;
}

/** The mail port: the real adapter speaks SMTP; tests use a real SMTP server too. */
export abstract class MailTransport {
  abstract send(mail: OutgoingMail): Promise<{ messageId: string; response: string }>;
  abstract close(): Promise<void>;
}
