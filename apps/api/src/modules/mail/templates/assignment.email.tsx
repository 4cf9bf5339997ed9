import { Section, Text } from '@react-email/components';
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

function roleText(role: AssignmentFacts['role']): string {
  return role === 'lead' ? 'as the lead organisation' : 'as a contributing organisation';
}

export function QuestionBlock({ facts, text = mailText('en') }: { facts: AssignmentFacts; text?: MailText }) {
  return (
    <Section style={{ borderLeft: '4px solid #0b5cab', paddingLeft: '12px' }}>
      <Text style={{ fontWeight: 'bold', margin: '0' }}>
        {text.text('mail.question', { code: facts.questionCode })}
      </Text>
      <Text style={{ margin: '4px 0 0' }}>{facts.questionPrompt}</Text>
    </Section>
  );
}

export function AssignmentCreatedEmail({ facts }: { facts: AssignmentFacts }) {
  return (
    <EmailLayout
      preview={`Question ${facts.questionCode} is assigned to ${facts.organisationName}, due ${facts.dueDateText}`}
      heading={`Question ${facts.questionCode} is assigned to ${facts.organisationName}`}
      reviewTitle={facts.reviewTitle}
      action={{ label: 'Open the assignment', url: facts.url }}
    >
      <Text>
        The coordinator has asked {facts.organisationName} to answer this question {roleText(facts.role)}:
      </Text>
      <QuestionBlock facts={facts} />
      <Text>
        <strong>Due: {facts.dueDateText}</strong> (end of day, {facts.timeZone}). The deadline is attached as
        a calendar event. About 500 words, with statistical as well as qualitative data; attach policy
        documents as needed.
      </Text>
    </EmailLayout>
  );
}

/** Several questions assigned to one person at once: one e-mail listing them all. */
export function AssignmentsCreatedEmail({
  reviewTitle,
  items,
  listUrl,
}: {
  reviewTitle: string;
  items: AssignmentFacts[];
  listUrl: string;
}) {
  const [first] = items;
  return (
    <EmailLayout
      preview={`${items.length} questions are assigned to you, the first due ${first?.dueDateText ?? ''}`}
      heading={`${items.length} questions are assigned to you`}
      reviewTitle={reviewTitle}
      action={{ label: 'Open my assignments', url: listUrl }}
    >
      <Text>The coordinator has asked you to answer these questions, earliest due first:</Text>
      {items.map((facts) => (
        <Section key={facts.url} style={{ margin: '12px 0' }}>
          <QuestionBlock facts={facts} />
          <Text style={{ margin: '4px 0 0 16px' }}>
            For {facts.organisationName}, {roleText(facts.role)}. <strong>Due: {facts.dueDateText}</strong>{' '}
            (end of day, {facts.timeZone}). {facts.url}
          </Text>
        </Section>
      ))}
      <Text>
        Every deadline is in the attached calendar file. About 500 words each, with statistical as well as
        qualitative data; attach policy documents as needed.
      </Text>
    </EmailLayout>
  );
}

export function DueDateChangedEmail({
  facts,
  previousDueDateText,
}: {
  facts: AssignmentFacts;
  previousDueDateText: string;
}) {
  return (
    <EmailLayout
      preview={`New due date for question ${facts.questionCode}: ${facts.dueDateText}`}
      heading={`New due date for question ${facts.questionCode}: ${facts.dueDateText}`}
      reviewTitle={facts.reviewTitle}
      action={{ label: 'Open the assignment', url: facts.url }}
    >
      <Text>
        The due date of {facts.organisationName}'s contribution moved from {previousDueDateText} to{' '}
        <strong>{facts.dueDateText}</strong> (end of day, {facts.timeZone}). The updated calendar event is
        attached.
      </Text>
      <QuestionBlock facts={facts} />
    </EmailLayout>
  );
}

export function ChangesRequestedEmail({
  facts,
  comment,
  by,
}: {
  facts: AssignmentFacts;
  comment: string;
  by: string;
}) {
  return (
    <EmailLayout
      preview={`Changes requested on question ${facts.questionCode}`}
      heading={`Changes requested on question ${facts.questionCode}`}
      reviewTitle={facts.reviewTitle}
      action={{ label: 'Revise the contribution', url: facts.url }}
    >
      <Text>
        {by} has looked at {facts.organisationName}'s contribution and asks for changes:
      </Text>
      <Section style={{ backgroundColor: '#fff8e1', padding: '12px' }}>
        <Text style={{ whiteSpace: 'pre-wrap', margin: '0' }}>{comment}</Text>
      </Section>
      <QuestionBlock facts={facts} />
      <Text>
        Please resubmit by {facts.dueDateText} (end of day, {facts.timeZone}).
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
}: {
  facts: AssignmentFacts;
  comment: string;
  by: string;
  byRole: 'coordinator' | 'focal_point';
  /** The comment this one answers, when it answers one. */
  answering: string | null;
}) {
  const who = byRole === 'coordinator' ? `${by} (coordinator)` : `${by} (${facts.organisationName})`;
  return (
    <EmailLayout
      preview={`${by} commented on question ${facts.questionCode}`}
      heading={`New comment on question ${facts.questionCode}`}
      reviewTitle={facts.reviewTitle}
      action={{ label: 'Read and answer it', url: facts.url }}
    >
      <Text>
        {who} {answering === null ? 'wrote' : 'answered'} on {facts.organisationName}'s contribution:
      </Text>
      <Section style={{ backgroundColor: '#f4f6f8', padding: '12px' }}>
        <Text style={{ whiteSpace: 'pre-wrap', margin: '0' }}>{comment}</Text>
      </Section>
      {answering === null ? null : (
        <>
          <Text>In answer to:</Text>
          <Section style={{ borderLeft: '4px solid #c4c9d0', paddingLeft: '12px' }}>
            <Text style={{ whiteSpace: 'pre-wrap', margin: '0' }}>{answering}</Text>
          </Section>
        </>
      )}
      <QuestionBlock facts={facts} />
      <Text>Answer on the assignment's page, so that everyone working on it reads your answer there.</Text>
    </EmailLayout>
  );
}

export function AcceptedEmail({ facts, by }: { facts: AssignmentFacts; by: string }) {
  return (
    <EmailLayout
      preview={`Contribution to question ${facts.questionCode} accepted`}
      heading={`Contribution to question ${facts.questionCode} accepted`}
      reviewTitle={facts.reviewTitle}
      action={{ label: 'See the contribution', url: facts.url }}
    >
      <Text>
        {by} has accepted {facts.organisationName}'s contribution. Thank you — nothing more is needed for this
        question.
      </Text>
      <QuestionBlock facts={facts} />
    </EmailLayout>
  );
}

/** An assignment withdrawn from an organisation: nothing more is expected, the deadline is off. */
export function AssignmentRemovedEmail({
  facts,
  reassigned,
  listUrl,
}: {
  facts: AssignmentFacts;
  reassigned: boolean;
  listUrl: string;
}) {
  const heading = `Question ${facts.questionCode} is no longer assigned to ${facts.organisationName}`;
  return (
    <EmailLayout
      preview={heading}
      heading={heading}
      reviewTitle={facts.reviewTitle}
      action={{ label: 'Open my assignments', url: listUrl }}
    >
      <Text>
        The coordinator has{' '}
        {reassigned ? 'given this question to another organisation' : 'removed this assignment'}. Nothing more
        is needed from {facts.organisationName} for it, and the deadline of {facts.dueDateText} no longer
        applies: the attached calendar update removes it from your calendar.
      </Text>
      <QuestionBlock facts={facts} />
    </EmailLayout>
  );
}
