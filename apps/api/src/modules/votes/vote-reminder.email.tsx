import { Text } from '@react-email/components';
import { type MailText, mailText } from '../mail/mail-i18n';
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

export function voteReminderSubject(
  facts: Pick<VoteReminderFacts, 'roundTitle' | 'closesText'>,
  text: MailText = mailText('en'),
): string {
  return text.text('mail.voteReminder.subject', { round: facts.roundTitle, closes: facts.closesText });
}

/** A reminder to someone who may vote in a round and has not yet, in their language. */
export function VoteReminderEmail({
  facts,
  text = mailText('en'),
}: {
  facts: VoteReminderFacts;
  text?: MailText;
}) {
  const what = { round: facts.roundTitle, closes: facts.closesText };
  return (
    <EmailLayout
      preview={voteReminderSubject(facts, text)}
      heading={text.text('mail.voteReminder.heading', { round: facts.roundTitle })}
      reviewTitle={facts.reviewTitle}
      action={{ label: text.text('mail.voteReminder.action'), url: facts.url }}
      text={text}
    >
      <Text>{text.text('mail.dear', { name: facts.personName })}</Text>
      <Text>
        {facts.onBehalfOf
          ? text.text('mail.voteReminder.body.organisation', { ...what, organisation: facts.onBehalfOf })
          : text.text('mail.voteReminder.body.person', what)}
      </Text>
      {facts.secret ? <Text>{text.text('mail.voteReminder.secret')}</Text> : null}
    </EmailLayout>
  );
}
