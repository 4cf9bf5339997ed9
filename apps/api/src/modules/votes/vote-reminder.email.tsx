import { Text } from '@react-email/components';
import { EmailLayout } from '../mail/templates/layout';

export interface VoteReminderFacts {
  reviewTitle: string;
  personName: string;
  roundTitle: string;
  closesText: string;
  url: string;
  /** For rounds where organisations vote: the organisation the person may vote for. */
  onBehalfOf: string | null;
  secret: boolean;
}

export function voteReminderSubject(facts: Pick<VoteReminderFacts, 'roundTitle' | 'closesText'>): string {
  return `Your vote is awaited: "${facts.roundTitle}" closes on ${facts.closesText}`;
}

/** A reminder to someone who may vote in a round and has not yet. */
export function VoteReminderEmail({ facts }: { facts: VoteReminderFacts }) {
  return (
    <EmailLayout
      preview={voteReminderSubject(facts)}
      heading={`Your vote is awaited: ${facts.roundTitle}`}
      reviewTitle={facts.reviewTitle}
      action={{ label: 'Vote now', url: facts.url }}
    >
      <Text>Dear {facts.personName},</Text>
      <Text>
        {facts.onBehalfOf
          ? `${facts.onBehalfOf} has not voted yet in "${facts.roundTitle}", the prioritisation of the GCM objectives. Any of its members in the review can cast its one ballot.`
          : `You have not voted yet in "${facts.roundTitle}", the prioritisation of the GCM objectives.`}{' '}
        The vote closes on {facts.closesText}; until then a ballot can be changed.
      </Text>
      {facts.secret ? (
        <Text>The vote is secret: nobody, the coordinator included, can see how you voted.</Text>
      ) : null}
    </EmailLayout>
  );
}
