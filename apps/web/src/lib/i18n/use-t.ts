import { type PrimitiveType, useIntl } from 'react-intl';

/** A message id of the app's catalogues (app/messages.ts declares them for react-intl). */
export type MessageId = FormatjsIntl.Message extends { ids: infer Id } ? Id : string;

/** `t('shell.nav.reviews')`, `t('days', { count: 3 })`: the screen's text in the person's language. */
export function useT(): (id: MessageId, values?: Record<string, PrimitiveType>) => string {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values);
}
