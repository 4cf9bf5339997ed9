import { LOCALES } from '@gcm/domain';
import MailComposer from 'nodemailer/lib/mail-composer';
import { mailText } from '../../modules/mail/mail-i18n';
import { renderHtml } from '../../modules/mail/render';
import { AssignmentCreatedEmail } from '../../modules/mail/templates/assignment.email';
import {
  ReminderEmail,
  type ReminderFacts,
  reminderSubject,
  reminderText,
} from '../../modules/mail/templates/reminder.email';
import type { OutgoingMail } from './mail-transport';
import { messageOptions } from './smtp-transport';

const facts: ReminderFacts = {
  reviewTitle: 'Voluntary GCM Review — Mongolia 2020',
  questionCode: '1b',
  questionPrompt:
    'Please describe how the government ensures that migration data are accurate, disaggregated and used for policy (Objective 1).',
  organisationName: 'National Statistics Office of Mongolia',
  role: 'lead',
  dueDateText: 'Monday 30 November 2026',
  timeZone: 'Asia/Ulaanbaatar',
  url: 'https://gcm.example.org/assignments/3f2a',
  kind: 'overdue',
  daysUntilDue: -3,
  stateText: 'not started',
};

/** The same message with nodemailer choosing every transfer encoding itself. */
function plainOptions(mail: OutgoingMail) {
  return { ...messageOptions(mail), html: mail.html || undefined };
}

async function wire(options: object): Promise<string> {
  const fixed = { date: new Date('2026-11-30T01:00:00Z'), baseBoundary: 'fixed' };
  return (await new MailComposer({ ...options, ...fixed }).compile().build()).toString('latin1');
}

function mailOf(html: string, subject: string, text: string): OutgoingMail {
  return {
    from: { name: 'Ministry of Foreign Affairs of Mongolia', address: 'no-reply@gcm.example.org' },
    to: ['focal.point@nso.mn.example'],
    cc: ['head@nso.mn.example'],
    subject,
    text,
    html,
    messageId: '<outbox-3f2a@gcm.example.org>',
    attachments: [],
    headers: { 'X-GCM-Outbox-Id': '3f2a', 'X-GCM-Kind': 'reminder.overdue' },
  };
}

describe('the message nodemailer is given', () => {
  it.each(LOCALES)(
    'goes out byte for byte as nodemailer would send it by itself (a reminder in %s)',
    async (locale) => {
      const text = mailText(locale);
      const mail = mailOf(
        renderHtml(ReminderEmail({ facts, text })),
        reminderSubject(facts, text),
        reminderText(facts, text),
      );
      const sent = await wire(messageOptions(mail));
      expect(sent).toContain(
        'Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable',
      );
      expect(sent).toBe(await wire(plainOptions(mail)));
    },
  );

  it.each(LOCALES)('goes out as nodemailer would send it (an assignment in %s)', async (locale) => {
    const text = mailText(locale);
    const mail = mailOf(renderHtml(AssignmentCreatedEmail({ facts, text })), 'Assignment', 'Text');
    expect(await wire(messageOptions(mail))).toBe(await wire(plainOptions(mail)));
  });

  it('has no HTML part when the e-mail has no HTML', async () => {
    const sent = await wire(messageOptions(mailOf('', 'Subject', 'Only text')));
    expect(sent).not.toContain('text/html');
    expect(sent).toContain('Only text');
  });
});
