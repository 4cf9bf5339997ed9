import { isRightToLeft, mergeCatalogues, type TLocale } from '@gcm/domain';
import { IntlMessageFormat } from 'intl-messageformat';
import type { ReactNode } from 'react';
import { reminderMessages } from './templates/reminder.messages';

/** Every catalogue of the e-mails; a template that is translated adds its own here. */
export const MAIL_CATALOGUES = [reminderMessages] as const;
const MESSAGES = mergeCatalogues(MAIL_CATALOGUES);

export type MailMessageId = keyof (typeof reminderMessages)['en'];
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
