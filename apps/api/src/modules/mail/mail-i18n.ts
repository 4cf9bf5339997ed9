import { isRightToLeft, mergeCatalogues, type TLocale } from '@gcm/domain';
import { IntlMessageFormat } from 'intl-messageformat';
import type { ReactNode } from 'react';
import { accountLinkMessages } from './templates/account-link.messages';
import { assignmentMessages } from './templates/assignment.messages';
import { digestMessages } from './templates/digest.messages';
import { invitationMessages } from './templates/invitation.messages';
import { reminderMessages } from './templates/reminder.messages';
import { voteAnnouncementMessages } from './templates/vote-announcement.messages';
import { voteReminderMessages } from './templates/vote-reminder.messages';
import { workshopInvitationMessages } from './templates/workshop-invitation.messages';

/**
 * Every catalogue of the e-mails, one per template (the reminders' also holds the shared frame).
 * The submission e-mail to ESCAP/IOM has none: it stays in English (see submission.email.tsx).
 */
export const MAIL_CATALOGUES = [
  reminderMessages,
  assignmentMessages,
  digestMessages,
  invitationMessages,
  accountLinkMessages,
  voteReminderMessages,
  voteAnnouncementMessages,
  workshopInvitationMessages,
] as const;
const MESSAGES = mergeCatalogues(MAIL_CATALOGUES);

/** The id of any e-mail message: the union of the catalogues' keys. */
type IdsOf<C> = C extends { en: infer English } ? Extract<keyof English, string> : never;
export type MailMessageId = IdsOf<(typeof MAIL_CATALOGUES)[number]>;
type Values = Record<string, string | number | ((chunks: ReactNode[]) => ReactNode)>;

/** What the e-mail templates call to write in the recipient's language. */
export interface MailText {
  locale: TLocale;
  /** The page's direction for the e-mail's <html dir>. */
  dir: 'ltr' | 'rtl';
  /** A message as plain text (subjects, previews, alternatives). */
  text(id: MailMessageId, values?: Record<string, string | number>): string;
  /** A message with markup, e.g. `<b>{date}</b>` given as `{ b: (chunks) => <strong>{chunks}</strong> }`. */
  rich(id: MailMessageId, values: Values): ReactNode;
}

const formats = new Map<string, IntlMessageFormat>();

function formatOf(locale: TLocale, id: MailMessageId): IntlMessageFormat {
  const key = `${locale}:${id}`;
  let format = formats.get(key);
  if (!format) {
    format = new IntlMessageFormat(MESSAGES[locale][id] ?? MESSAGES.en[id] ?? id, locale);
    formats.set(key, format);
  }
  return format;
}

export function mailText(locale: TLocale = 'en'): MailText {
  return {
    locale,
    dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
    text: (id, values) => String(formatOf(locale, id).format(values)),
    rich: (id, values) => formatOf(locale, id).format<ReactNode>(values) as ReactNode,
  };
}
