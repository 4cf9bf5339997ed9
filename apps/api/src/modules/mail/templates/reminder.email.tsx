import { Text } from '@react-email/components';
import { type AssignmentFacts, QuestionBlock } from './assignment.email';
import { EmailLayout } from './layout';

export type ReminderKind = 'before' | 'due' | 'overdue' | 'escalation' | 'manual';

export interface ReminderFacts extends AssignmentFacts {
  kind: ReminderKind;
  /** Calendar days until the due date in the review's zone; negative when overdue. */
  daysUntilDue: number;
  stateText: string;
  /** For escalations: who is being told, e.g. "the head of the organisation" or "the coordinator". */
  escalatedTo?: string;
  /** For escalations: how many reminders about it went out before this one. */
  earlierReminders?: number;
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

export function reminderSubject(facts: ReminderFacts): string {
  const what = `question ${facts.questionCode} (${facts.organisationName})`;
  if (facts.daysUntilDue > 0)
    return `Reminder: ${what} is due in ${days(facts.daysUntilDue)}, on ${facts.dueDateText}`;
  if (facts.daysUntilDue === 0) return `Due today: ${what}`;
  const late = days(-facts.daysUntilDue);
  if (facts.kind === 'escalation') return `Escalation: ${what} is overdue by ${late}`;
  return `Overdue by ${late}: ${what}`;
}

export function ReminderEmail({ facts }: { facts: ReminderFacts }) {
  const subject = reminderSubject(facts);
  return (
    <EmailLayout
      preview={subject}
      heading={subject}
      reviewTitle={facts.reviewTitle}
      action={{ label: 'Open the assignment', url: facts.url }}
    >
      {facts.kind === 'escalation' ? (
        <Text>
          You receive this as {facts.escalatedTo ?? 'a contact of the organisation'}: the contribution below
          is still {facts.stateText} after its due date
          {facts.earlierReminders
            ? `, despite ${facts.earlierReminders} earlier reminder${facts.earlierReminders === 1 ? '' : 's'}.`
            : '. No earlier reminder about it was sent.'}
        </Text>
      ) : (
        <Text>
          {facts.organisationName}'s contribution is {facts.stateText}. It is due on{' '}
          <strong>{facts.dueDateText}</strong> (end of day, {facts.timeZone}).
        </Text>
      )}
      <QuestionBlock facts={facts} />
    </EmailLayout>
  );
}
