import { Text } from '@react-email/components';
import { HtmlShapes } from '../html-shapes';
import { type MailText, mailText } from '../mail-i18n';
import { type AssignmentFacts, QuestionBlock, questionBlockText } from './assignment.email';
import { EmailLayout, layoutText, plainOf } from './layout';

export type ReminderKind = 'before' | 'due' | 'overdue' | 'escalation' | 'manual';

export interface ReminderFacts extends AssignmentFacts {
  kind: ReminderKind;
  /** Calendar days until the due date in the review's zone; negative when overdue. */
  daysUntilDue: number;
  /** The contribution's state in the recipient's words ("not started", "non commencée"). */
  stateText: string;
  /** For escalations: who is being told, e.g. "the head of the organisation" or "the coordinator". */
  escalatedTo?: string;
  /** For escalations: how many reminders about it went out before this one. */
  earlierReminders?: number;
}

export function reminderSubject(facts: ReminderFacts, text: MailText = mailText('en')): string {
  const what = { code: facts.questionCode, organisation: facts.organisationName };
  if (facts.daysUntilDue > 0) {
    return text.text('mail.reminder.subject.before', {
      ...what,
      days: facts.daysUntilDue,
      date: facts.dueDateText,
    });
  }
  if (facts.daysUntilDue === 0) return text.text('mail.reminder.subject.today', what);
  const days = -facts.daysUntilDue;
  if (facts.kind === 'escalation') return text.text('mail.reminder.subject.escalation', { ...what, days });
  return text.text('mail.reminder.subject.overdue', { ...what, days });
}

/** A reminder or an escalation, in the recipient's language (`text`), dates in the review's zone. */
export function ReminderEmail({ facts, text = mailText('en') }: { facts: ReminderFacts; text?: MailText }) {
  const subject = reminderSubject(facts, text);
  return (
    <EmailLayout
      preview={subject}
      heading={subject}
      reviewTitle={facts.reviewTitle}
      action={{ label: text.text('mail.openAssignment'), url: facts.url }}
      text={text}
    >
      {facts.kind === 'escalation' ? (
        <Text>
          {text.text('mail.reminder.escalation', {
            who: facts.escalatedTo ?? '',
            state: facts.stateText,
            earlier: facts.earlierReminders ?? 0,
          })}
        </Text>
      ) : (
        <Text>
          {text.rich('mail.reminder.body', {
            organisation: facts.organisationName,
            state: facts.stateText,
            date: facts.dueDateText,
            timeZone: facts.timeZone,
            b: (chunks) => <strong key="date">{chunks}</strong>,
          })}
        </Text>
      )}
      <QuestionBlock facts={facts} text={text} />
    </EmailLayout>
  );
}

/** Reminders go out by the thousand: their HTML is filled into their shape (see HtmlShapes). */
const SHAPES = new HtmlShapes<ReminderFacts>({
  render: (facts, text) => ReminderEmail({ facts, text }),
  slots: [
    'reviewTitle',
    'questionCode',
    'questionPrompt',
    'organisationName',
    'dueDateText',
    'timeZone',
    'url',
    'stateText',
    'escalatedTo',
  ],
  // The kind and the numbers choose branches and plurals, and are written in the language's digits.
  shapeOf: (facts) => `${facts.kind}|${facts.daysUntilDue}|${facts.earlierReminders ?? ''}|${facts.role}`,
});

/** ReminderEmail's HTML, character for character, without rendering React for each e-mail. */
export function reminderHtml(
  facts: ReminderFacts,
  text: MailText = mailText('en'),
  subject: string = reminderSubject(facts, text),
): string {
  return SHAPES.html(facts, text, subject);
}

/** The plain-text part of ReminderEmail, from the same facts (see layoutText). */
export function reminderText(
  facts: ReminderFacts,
  text: MailText = mailText('en'),
  subject: string = reminderSubject(facts, text),
): string {
  const body =
    facts.kind === 'escalation'
      ? text.text('mail.reminder.escalation', {
          who: facts.escalatedTo ?? '',
          state: facts.stateText,
          earlier: facts.earlierReminders ?? 0,
        })
      : plainOf(
          text.rich('mail.reminder.body', {
            organisation: facts.organisationName,
            state: facts.stateText,
            date: facts.dueDateText,
            timeZone: facts.timeZone,
            b: (chunks) => chunks,
          }),
        );
  return layoutText({
    heading: subject,
    reviewTitle: facts.reviewTitle,
    action: { label: text.text('mail.openAssignment'), url: facts.url },
    text,
    paragraphs: [body, ...questionBlockText(facts, text)],
  });
}
