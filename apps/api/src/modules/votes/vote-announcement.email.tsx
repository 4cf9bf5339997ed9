import { Text } from '@react-email/components';
import { EmailLayout } from '../mail/templates/layout';

export interface VoteAnnouncementFacts {
  reviewTitle: string;
  personName: string;
  roundTitle: string;
  /** When the vote closes (opened), or closed (closed), in words with the review's zone. */
  momentText: string;
  url: string;
  onBehalfOf: string | null;
  secret: boolean;
  /** Closed before its planned closing time. */
  early: boolean;
  ballots: number;
}

export function voteOpenedSubject(facts: Pick<VoteAnnouncementFacts, 'roundTitle' | 'momentText'>): string {
  return `The vote "${facts.roundTitle}" is open until ${facts.momentText}`;
}

export function voteClosedSubject(facts: Pick<VoteAnnouncementFacts, 'roundTitle' | 'early'>): string {
  return `The vote "${facts.roundTitle}" has closed${facts.early ? ' early' : ''}`;
}

/** The vote is open: to everyone who may vote in it. */
export function VoteOpenedEmail({ facts }: { facts: VoteAnnouncementFacts }) {
  return (
    <EmailLayout
      preview={voteOpenedSubject(facts)}
      heading={`The vote is open: ${facts.roundTitle}`}
      reviewTitle={facts.reviewTitle}
      action={{ label: 'Vote now', url: facts.url }}
    >
      <Text>Dear {facts.personName},</Text>
      <Text>
        {facts.onBehalfOf
          ? `${facts.onBehalfOf} is invited to vote in "${facts.roundTitle}", the prioritisation of the GCM objectives. Any of its members in the review can cast its one ballot.`
          : `You are invited to vote in "${facts.roundTitle}", the prioritisation of the GCM objectives.`}{' '}
        The vote is open until {facts.momentText}; until then a ballot can be changed.
      </Text>
      {facts.secret ? (
        <Text>The vote is secret: nobody, the coordinator included, can see how you voted.</Text>
      ) : null}
    </EmailLayout>
  );
}

/** The vote has closed: to everyone who could vote in it, whether they did or not. */
export function VoteClosedEmail({ facts }: { facts: VoteAnnouncementFacts }) {
  return (
    <EmailLayout
      preview={voteClosedSubject(facts)}
      heading={voteClosedSubject(facts)}
      reviewTitle={facts.reviewTitle}
      action={{ label: 'See the vote', url: facts.url }}
    >
      <Text>Dear {facts.personName},</Text>
      <Text>
        {facts.early
          ? `The coordinator closed "${facts.roundTitle}" early, on ${facts.momentText}, before its planned closing time.`
          : `"${facts.roundTitle}" closed on ${facts.momentText}.`}{' '}
        {facts.ballots === 1 ? '1 ballot was' : `${facts.ballots} ballots were`} cast; no more can be cast or
        changed. The coordinator now finalises the priority objectives for the report.
      </Text>
    </EmailLayout>
  );
}
