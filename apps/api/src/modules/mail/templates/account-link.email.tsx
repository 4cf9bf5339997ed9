import { Text } from '@react-email/components';
import { type MailText, mailText } from '../mail-i18n';
import { EmailLayout } from './layout';

export interface AccountLinkFacts {
  purpose: 'activation' | 'password_reset';
  personName: string;
  url: string;
  expiresText: string;
}

const KEY = { activation: 'activation', password_reset: 'reset' } as const;

export function accountLinkSubject(
  purpose: AccountLinkFacts['purpose'],
  text: MailText = mailText('en'),
): string {
  return text.text(`mail.accountLink.${KEY[purpose]}.subject`);
}

/**
 * The e-mail that proves control of an address: it activates an account or resets its password,
 * in the person's language.
 */
export function AccountLinkEmail({
  facts,
  text = mailText('en'),
}: {
  facts: AccountLinkFacts;
  text?: MailText;
}) {
  const key = KEY[facts.purpose];
  return (
    <EmailLayout
      preview={accountLinkSubject(facts.purpose, text)}
      heading={text.text(`mail.accountLink.${key}.heading`)}
      reviewTitle={text.text('mail.accountLink.product')}
      repliesReachCoordinator={false}
      action={{ label: text.text(`mail.accountLink.${key}.action`), url: facts.url }}
      text={text}
    >
      <Text>{text.text('mail.dear', { name: facts.personName })}</Text>
      <Text>{text.text(`mail.accountLink.${key}.body`, { expires: facts.expiresText })}</Text>
    </EmailLayout>
  );
}
