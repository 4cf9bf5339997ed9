import { Text } from '@react-email/components';
import { type MailText, mailText } from '../mail-i18n';
import { EmailLayout } from './layout';

export interface InvitationFacts {
  reviewTitle: string;
  personName: string;
  invitedBy: string;
  /** "as a coordinator of the review", in the e-mail's language. */
  roleText: string;
  organisationName: string | null;
  url: string;
  expiresText: string;
}

export function invitationSubject(
  facts: Pick<InvitationFacts, 'invitedBy' | 'reviewTitle'>,
  text: MailText = mailText('en'),
): string {
  return text.text('mail.invitation.subject', { invitedBy: facts.invitedBy, reviewTitle: facts.reviewTitle });
}

/** The invitation into a review, in the invitee's language (the inviter's when they chose none). */
export function InvitationEmail({
  facts,
  text = mailText('en'),
}: {
  facts: InvitationFacts;
  text?: MailText;
}) {
  const body = { invitedBy: facts.invitedBy, role: facts.roleText, expires: facts.expiresText };
  return (
    <EmailLayout
      preview={invitationSubject(facts, text)}
      heading={text.text('mail.invitation.heading', { reviewTitle: facts.reviewTitle })}
      reviewTitle={facts.reviewTitle}
      action={{ label: text.text('mail.invitation.action'), url: facts.url }}
      text={text}
    >
      <Text>{text.text('mail.dear', { name: facts.personName })}</Text>
      <Text>
        {facts.organisationName
          ? text.text('mail.invitation.body.organisation', { ...body, organisation: facts.organisationName })
          : text.text('mail.invitation.body', body)}
      </Text>
    </EmailLayout>
  );
}
