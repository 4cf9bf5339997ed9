import { Text } from '@react-email/components';
import { type MailText, mailText } from '../mail/mail-i18n';
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

export function voteOpenedSubject(
  facts: Pick<VoteAnnouncementFacts, 'roundTitle' | 'momentText'>,
  text: MailText = mailText('en'),
): string {
  return text.text('mail.voteAnnouncement.opened.subject', {
    round: facts.roundTitle,
    moment: facts.momentText,
  });
}

export function voteClosedSubject(
  facts: Pick<VoteAnnouncementFacts, 'roundTitle' | 'early'>,
  text: MailText = mailText('en'),
): string {
  return text.text(
    facts.early ? 'mail.voteAnnouncement.closed.subjectEarly' : 'mail.voteAnnouncement.closed.subject',
    { round: facts.roundTitle },
  );
}

/** The vote is open: to everyone who may vote in it, each in their language. */
export function VoteOpenedEmail({
  facts,
  text = mailText('en'),
}: {
  facts: VoteAnnouncementFacts;
  text?: MailText;
}) {
  const what = { round: facts.roundTitle, moment: facts.momentText };
  return (
    <EmailLayout
      preview={voteOpenedSubject(facts, text)}
      heading={text.text('mail.voteAnnouncement.opened.heading', { round: facts.roundTitle })}
      reviewTitle={facts.reviewTitle}
      action={{ label: text.text('mail.voteAnnouncement.opened.action'), url: facts.url }}
      text={text}
    >
      <Text>{text.text('mail.dear', { name: facts.personName })}</Text>
      <Text>
        {facts.onBehalfOf
          ? text.text('mail.voteAnnouncement.opened.body.organisation', {
              ...what,
              organisation: facts.onBehalfOf,
            })
          : text.text('mail.voteAnnouncement.opened.body.person', what)}
      </Text>
      {facts.secret ? <Text>{text.text('mail.voteAnnouncement.secret')}</Text> : null}
    </EmailLayout>
  );
}

/** The vote has closed: to everyone who could vote in it, whether they did or not. */
export function VoteClosedEmail({
  facts,
  text = mailText('en'),
}: {
  facts: VoteAnnouncementFacts;
  text?: MailText;
}) {
  const what = { round: facts.roundTitle, moment: facts.momentText };
  return (
    <EmailLayout
      preview={voteClosedSubject(facts, text)}
      heading={voteClosedSubject(facts, text)}
      reviewTitle={facts.reviewTitle}
      action={{ label: text.text('mail.voteAnnouncement.closed.action'), url: facts.url }}
      text={text}
    >
      <Text>{text.text('mail.dear', { name: facts.personName })}</Text>
      <Text>
        {text.text(
          facts.early ? 'mail.voteAnnouncement.closed.early' : 'mail.voteAnnouncement.closed.onTime',
          what,
        )}{' '}
        {text.text('mail.voteAnnouncement.closed.ballots', { ballots: facts.ballots })}
      </Text>
    </EmailLayout>
  );
}
