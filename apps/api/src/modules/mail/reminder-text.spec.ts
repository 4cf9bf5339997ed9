import { LOCALES } from '@gcm/domain';
import { mailText } from './mail-i18n';
import { renderMail } from './render';
import {
  ReminderEmail,
  type ReminderFacts,
  type ReminderKind,
  reminderText,
} from './templates/reminder.email';

const facts: ReminderFacts = {
  reviewTitle: 'Voluntary GCM Review — Mongolia 2020',
  questionCode: '1b',
  // Runs of spaces and line breaks, and characters HTML escapes: the HTML collapses and decodes them.
  questionPrompt: 'How does the  government\n ensure <safe> & "regular"\tmigration?  ',
  organisationName: "Ministry of Labour's Office",
  role: 'lead',
  dueDateText: 'Monday 30 November 2026',
  timeZone: 'Asia/Ulaanbaatar',
  url: 'https://gcm.example.org/assignments/3f2a',
  kind: 'due',
  daysUntilDue: 0,
  stateText: 'not started',
  escalatedTo: 'the head of the organisation',
  earlierReminders: 2,
};

describe('the plain-text part of a reminder, written from its facts', () => {
  const kinds: ReminderKind[] = ['before', 'due', 'overdue', 'escalation', 'manual'];
  it.each(
    LOCALES.flatMap((locale) => kinds.flatMap((kind) => [3, 0, -4].map((days) => [locale, kind, days]))),
  )('is the text html-to-text makes of its HTML (%s, %s, %i days)', async (locale, kind, days) => {
    const text = mailText(locale as (typeof LOCALES)[number]);
    const given = { ...facts, kind: kind as ReminderKind, daysUntilDue: days as number };
    const converted = await renderMail('', ReminderEmail({ facts: given, text }));
    expect(reminderText(given, text)).toBe(converted.text);
  });
});
