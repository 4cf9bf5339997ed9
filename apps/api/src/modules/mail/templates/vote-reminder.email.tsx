import { Text } from '@react-email/components';
import { EmailLayout } from './layout';

export interface VoteReminderFacts {
  reviewTitle: string;
  roundTitle: string;
  closesText: string;
  secret: boolean;
  url: string;
}

export function voteReminderSubject(facts: VoteReminderFacts): string {
  return `Your vote is still missing: ${facts.roundTitle} closes ${facts.closesText}`;
}

export function VoteReminderEmail({ facts }: { facts: VoteReminderFacts }) {
  return (
    <EmailLayout
      preview={voteReminderSubject(facts)}
      heading={`Please cast your ballot: ${facts.roundTitle}`}
      reviewTitle={facts.reviewTitle}
      action={{ label: 'Open the ballot', url: facts.url }}
    >
      <Text>
        The prioritisation vote on the GCM objectives closes <strong>{facts.closesText}</strong>. Our records
        show no ballot from you yet.
        {facts.secret ? ' The vote is secret: nobody can see what you voted.' : ''}
      </Text>
    </EmailLayout>
  );
}
