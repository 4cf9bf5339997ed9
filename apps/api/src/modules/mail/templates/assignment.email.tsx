import { Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import { type MailText, mailText } from '../mail-i18n';
import { EmailLayout } from './layout';

export interface AssignmentFacts {
  reviewTitle: string;
  questionCode: string;
  questionPrompt: string;
  organisationName: string;
  role: 'lead' | 'contributing';
  /** Already formatted in the review's time zone, e.g. "Friday 11 December 2026". */
  dueDateText: string;
  timeZone: string;
  url: string;
}

/** "as the lead organisation", in the recipient's language. */
export function roleText(role: AssignmentFacts['role'], text: MailText = mailText('en')): string {
  return text.text('mail.assignment.role', { role });
}

const bold = (chunks: ReactNode[]) => <strong key="due">{chunks}</strong>;

/**
 * A bar and indent on the side a line starts from: the left, the right in Arabic. E-mail clients
 * do not all know logical properties (border-inline-start), so the physical side is chosen here.
 */
export function startSide(text: MailText, border: string, padding: string) {
  return text.dir === 'rtl'
    ? { borderRight: border, paddingRight: padding }
    : { borderLeft: border, paddingLeft: padding };
}

export function QuestionBlock({ facts, text = mailText('en') }: { facts: AssignmentFacts; text?: MailText }) {
  return (
    <Section style={startSide(text, '4px solid #0b5cab', '12px')}>
      <Text style={{ fontWeight: 'bold', margin: '0' }}>
        {text.text('mail.question', { code: facts.questionCode })}
      </Text>
      <Text style={{ margin: '4px 0 0' }}>{facts.questionPrompt}</Text>
    </Section>
  );
}

/** QuestionBlock's paragraphs in a plain-text part. */
export function questionBlockText(facts: AssignmentFacts, text: MailText = mailText('en')): string[] {
  return [text.text('mail.question', { code: facts.questionCode }), facts.questionPrompt];
}

export function AssignmentCreatedEmail({
  facts,
  text = mailText('en'),
}: {
  facts: AssignmentFacts;
  text?: MailText;
}) {
  const what = { code: facts.questionCode, organisation: facts.organisationName };
  return (
    <EmailLayout
      preview={text.text('mail.assignment.created.preview', { ...what, date: facts.dueDateText })}
      heading={text.text('mail.assignment.created.heading', what)}
      reviewTitle={facts.reviewTitle}
      action={{ label: text.text('mail.openAssignment'), url: facts.url }}
      text={text}
    >
      <Text>
        {text.text('mail.assignment.created.asked', {
          organisation: facts.organisationName,
          role: roleText(facts.role, text),
        })}
      </Text>
      <QuestionBlock facts={facts} text={text} />
      <Text>
        {text.rich('mail.assignment.created.due', {
          date: facts.dueDateText,
          timeZone: facts.timeZone,
          b: bold,
        })}
      </Text>
    </EmailLayout>
  );
}

/** Several questions assigned to one person at once: one e-mail listing them all. */
export function AssignmentsCreatedEmail({
  reviewTitle,
  items,
  listUrl,
  text = mailText('en'),
}: {
  reviewTitle: string;
  items: AssignmentFacts[];
  listUrl: string;
  text?: MailText;
}) {
  const [first] = items;
  return (
    <EmailLayout
      preview={text.text('mail.assignment.several.preview', {
        count: items.length,
        date: first?.dueDateText ?? '',
      })}
      heading={text.text('mail.assignment.several.heading', { count: items.length })}
      reviewTitle={reviewTitle}
      action={{ label: text.text('mail.assignment.openMine'), url: listUrl }}
      text={text}
    >
      <Text>{text.text('mail.assignment.several.asked')}</Text>
      {items.map((facts) => (
        <Section key={facts.url} style={{ margin: '12px 0' }}>
          <QuestionBlock facts={facts} text={text} />
          <Text style={{ margin: text.dir === 'rtl' ? '4px 16px 0 0' : '4px 0 0 16px' }}>
            {text.rich('mail.assignment.several.item', {
              organisation: facts.organisationName,
              role: roleText(facts.role, text),
              date: facts.dueDateText,
              timeZone: facts.timeZone,
              url: facts.url,
              b: bold,
            })}
          </Text>
        </Section>
      ))}
      <Text>{text.text('mail.assignment.several.closing')}</Text>
    </EmailLayout>
  );
}

export function DueDateChangedEmail({
  facts,
  previousDueDateText,
  text = mailText('en'),
}: {
  facts: AssignmentFacts;
  previousDueDateText: string;
  text?: MailText;
}) {
  const subject = text.text('mail.assignment.dueDate.subject', {
    code: facts.questionCode,
    date: facts.dueDateText,
  });
  return (
    <EmailLayout
      preview={subject}
      heading={subject}
      reviewTitle={facts.reviewTitle}
      action={{ label: text.text('mail.openAssignment'), url: facts.url }}
      text={text}
    >
      <Text>
        {text.rich('mail.assignment.dueDate.body', {
          organisation: facts.organisationName,
          previous: previousDueDateText,
          date: facts.dueDateText,
          timeZone: facts.timeZone,
          b: bold,
        })}
      </Text>
      <QuestionBlock facts={facts} text={text} />
    </EmailLayout>
  );
}

export function ChangesRequestedEmail({
  facts,
  comment,
  by,
  text = mailText('en'),
}: {
  facts: AssignmentFacts;
  comment: string;
  by: string;
  text?: MailText;
}) {
  const heading = text.text('mail.assignment.changes.heading', { code: facts.questionCode });
  return (
    <EmailLayout
      preview={heading}
      heading={heading}
      reviewTitle={facts.reviewTitle}
      action={{ label: text.text('mail.assignment.changes.action'), url: facts.url }}
      text={text}
    >
      <Text>{text.text('mail.assignment.changes.asks', { by, organisation: facts.organisationName })}</Text>
      <Section style={{ backgroundColor: '#fff8e1', padding: '12px' }}>
        <Text style={{ whiteSpace: 'pre-wrap', margin: '0' }}>{comment}</Text>
      </Section>
      <QuestionBlock facts={facts} text={text} />
      <Text>
        {text.text('mail.assignment.changes.resubmit', { date: facts.dueDateText, timeZone: facts.timeZone })}
      </Text>
    </EmailLayout>
  );
}

/** A comment on a contribution, to the other side: the coordinator's to the focal points, theirs to the coordinator. */
export function CommentEmail({
  facts,
  comment,
  by,
  byRole,
  answering,
  text = mailText('en'),
}: {
  facts: AssignmentFacts;
  comment: string;
  by: string;
  byRole: 'coordinator' | 'focal_point';
  /** The comment this one answers, when it answers one. */
  answering: string | null;
  text?: MailText;
}) {
  const who =
    byRole === 'coordinator'
      ? text.text('mail.assignment.comment.byCoordinator', { by })
      : `${by} (${facts.organisationName})`;
  return (
    <EmailLayout
      preview={text.text('mail.assignment.comment.preview', { by, code: facts.questionCode })}
      heading={text.text('mail.assignment.comment.heading', { code: facts.questionCode })}
      reviewTitle={facts.reviewTitle}
      action={{ label: text.text('mail.assignment.comment.action'), url: facts.url }}
      text={text}
    >
      <Text>
        {text.text(
          answering === null ? 'mail.assignment.comment.wrote' : 'mail.assignment.comment.answered',
          {
            who,
            organisation: facts.organisationName,
          },
        )}
      </Text>
      <Section style={{ backgroundColor: '#f4f6f8', padding: '12px' }}>
        <Text style={{ whiteSpace: 'pre-wrap', margin: '0' }}>{comment}</Text>
      </Section>
      {answering === null ? null : (
        <>
          <Text>{text.text('mail.assignment.comment.inAnswerTo')}</Text>
          <Section style={startSide(text, '4px solid #c4c9d0', '12px')}>
            <Text style={{ whiteSpace: 'pre-wrap', margin: '0' }}>{answering}</Text>
          </Section>
        </>
      )}
      <QuestionBlock facts={facts} text={text} />
      <Text>{text.text('mail.assignment.comment.answerThere')}</Text>
    </EmailLayout>
  );
}

export function AcceptedEmail({
  facts,
  by,
  text = mailText('en'),
}: {
  facts: AssignmentFacts;
  by: string;
  text?: MailText;
}) {
  const heading = text.text('mail.assignment.accepted.heading', { code: facts.questionCode });
  return (
    <EmailLayout
      preview={heading}
      heading={heading}
      reviewTitle={facts.reviewTitle}
      action={{ label: text.text('mail.assignment.accepted.action'), url: facts.url }}
      text={text}
    >
      <Text>{text.text('mail.assignment.accepted.body', { by, organisation: facts.organisationName })}</Text>
      <QuestionBlock facts={facts} text={text} />
    </EmailLayout>
  );
}

/** An assignment withdrawn from an organisation: nothing more is expected, the deadline is off. */
export function AssignmentRemovedEmail({
  facts,
  reassigned,
  listUrl,
  text = mailText('en'),
}: {
  facts: AssignmentFacts;
  reassigned: boolean;
  listUrl: string;
  text?: MailText;
}) {
  const heading = text.text('mail.assignment.removed.heading', {
    code: facts.questionCode,
    organisation: facts.organisationName,
  });
  return (
    <EmailLayout
      preview={heading}
      heading={heading}
      reviewTitle={facts.reviewTitle}
      action={{ label: text.text('mail.assignment.openMine'), url: listUrl }}
      text={text}
    >
      <Text>
        {text.text(reassigned ? 'mail.assignment.removed.reassigned' : 'mail.assignment.removed.removed', {
          organisation: facts.organisationName,
          date: facts.dueDateText,
        })}
      </Text>
      <QuestionBlock facts={facts} text={text} />
    </EmailLayout>
  );
}
