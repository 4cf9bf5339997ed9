import { Section, Text } from '@react-email/components';
import { type MailText, mailText } from '../mail-i18n';
import { EmailLayout } from './layout';

export interface DigestLine {
  questionCode: string;
  organisationName: string;
  dueDateText: string;
  stateText: string;
}

export interface DigestFacts {
  reviewTitle: string;
  weekText: string;
  dueSoon: DigestLine[];
  overdue: DigestLine[];
  submitted: DigestLine[];
  url: string;
}

function Lines({ title, lines, text }: { title: string; lines: DigestLine[]; text: MailText }) {
  return (
    <Section>
      <Text style={{ fontWeight: 'bold', marginBottom: '4px' }}>
        {title} ({lines.length})
      </Text>
      {lines.length === 0 ? (
        <Text style={{ margin: '0' }}>{text.text('mail.digest.none')}</Text>
      ) : (
        lines.map((line) => (
          <Text key={`${line.questionCode}-${line.organisationName}`} style={{ margin: '0' }}>
            {text.text('mail.digest.line', {
              code: line.questionCode,
              organisation: line.organisationName,
              date: line.dueDateText,
              state: line.stateText,
            })}
          </Text>
        ))
      )}
    </Section>
  );
}

/** The weekly digest in the coordinators' language (`text`); the lines' states and dates already in it. */
export function DigestEmail({ facts, text = mailText('en') }: { facts: DigestFacts; text?: MailText }) {
  return (
    <EmailLayout
      preview={text.text('mail.digest.preview', {
        overdue: facts.overdue.length,
        dueSoon: facts.dueSoon.length,
        submitted: facts.submitted.length,
      })}
      heading={text.text('mail.digest.heading', { week: facts.weekText })}
      reviewTitle={facts.reviewTitle}
      action={{ label: text.text('mail.digest.action'), url: facts.url }}
      text={text}
    >
      <Lines title={text.text('mail.digest.overdue')} lines={facts.overdue} text={text} />
      <Lines title={text.text('mail.digest.dueSoon')} lines={facts.dueSoon} text={text} />
      <Lines title={text.text('mail.digest.submitted')} lines={facts.submitted} text={text} />
    </EmailLayout>
  );
}
