import { Section, Text } from '@react-email/components';
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

function Lines({ title, lines }: { title: string; lines: DigestLine[] }) {
  return (
    <Section>
      <Text style={{ fontWeight: 'bold', marginBottom: '4px' }}>
        {title} ({lines.length})
      </Text>
      {lines.length === 0 ? (
        <Text style={{ margin: '0' }}>None.</Text>
      ) : (
        lines.map((line) => (
          <Text key={`${line.questionCode}-${line.organisationName}`} style={{ margin: '0' }}>
            • {line.questionCode} — {line.organisationName} — due {line.dueDateText} — {line.stateText}
          </Text>
        ))
      )}
    </Section>
  );
}

export function DigestEmail({ facts }: { facts: DigestFacts }) {
  return (
    <EmailLayout
      preview={`${facts.overdue.length} overdue, ${facts.dueSoon.length} due soon, ${facts.submitted.length} submitted`}
      heading={`Weekly digest — ${facts.weekText}`}
      reviewTitle={facts.reviewTitle}
      action={{ label: 'Open the dashboard', url: facts.url }}
    >
      <Lines title="Overdue" lines={facts.overdue} />
      <Lines title="Due in the next 7 days" lines={facts.dueSoon} />
      <Lines title="Submitted this week, waiting for your review" lines={facts.submitted} />
    </EmailLayout>
  );
}
