import { Text } from '@react-email/components';
import { EmailLayout } from './layout';

export interface AccountLinkFacts {
  purpose: 'activation' | 'password_reset';
  personName: string;
  url: string;
  expiresText: string;
}

const SUBJECTS: Record<AccountLinkFacts['purpose'], string> = {
  activation: 'Activate your account on the GCM Review Tracker',
  password_reset: 'Choose a new password for the GCM Review Tracker',
};

export function accountLinkSubject(purpose: AccountLinkFacts['purpose']): string {
  return SUBJECTS[purpose];
}

/** The e-mail that proves control of an address: it activates an account or resets its password. */
export function AccountLinkEmail({ facts }: { facts: AccountLinkFacts }) {
  const activation = facts.purpose === 'activation';
  return (
    <EmailLayout
      preview={SUBJECTS[facts.purpose]}
      heading={activation ? 'Activate your account' : 'Choose a new password'}
      reviewTitle="GCM Review Tracker"
      repliesReachCoordinator={false}
      action={{ label: activation ? 'Activate the account' : 'Choose a new password', url: facts.url }}
    >
      <Text>Dear {facts.personName},</Text>
      {activation ? (
        <Text>
          An account has been made for you on this installation of the GCM Review Tracker. Open the link to
          choose your password. It works once and until {facts.expiresText}.
        </Text>
      ) : (
        <Text>
          Someone (we hope you) asked to choose a new password for this address. Open the link to do so; it
          works once and until {facts.expiresText}. If you did not ask, ignore this e-mail: your password
          stays as it is.
        </Text>
      )}
    </EmailLayout>
  );
}
