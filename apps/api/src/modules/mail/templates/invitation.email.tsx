import { Text } from '@react-email/components';
import { EmailLayout } from './layout';

export interface InvitationFacts {
  reviewTitle: string;
  personName: string;
  invitedBy: string;
  roleText: string;
  organisationName: string | null;
  url: string;
  expiresText: string;
}

export function InvitationEmail({ facts }: { facts: InvitationFacts }) {
  return (
    <EmailLayout
      preview={`${facts.invitedBy} invites you to the ${facts.reviewTitle}`}
      heading={`You are invited to the ${facts.reviewTitle}`}
      reviewTitle={facts.reviewTitle}
      action={{ label: 'Accept the invitation', url: facts.url }}
    >
      <Text>Dear {facts.personName},</Text>
      <Text>
        {facts.invitedBy} invites you to take part {facts.roleText}
        {facts.organisationName ? ` for ${facts.organisationName}` : ''}. Open the link to set your password.
        It works once and until {facts.expiresText}.
      </Text>
    </EmailLayout>
  );
}
