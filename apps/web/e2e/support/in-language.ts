// The screens in one language, as the journeys that run in French or Arabic read them.
import type { TLocale } from '@gcm/domain';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Page } from 'playwright-core';
import { shellMessages } from '../../src/app/shell.messages';
import { signInMessages } from '../../src/features/auth/sign-in.messages';
import { DEMO_PASSWORD } from './browser';

type Messages = Record<string, string>;

/**
 * `say(id, values)`: the message of `catalogues` in `locale` as the screen shows it (tags such as
 * <hidden> dropped, arguments filled, narrow and no-break spaces as plain ones), so a better
 * translation keeps the journey passing.
 */
export function messagesIn<M extends Messages>(locale: TLocale, catalogues: M) {
  const messages: Messages = { ...shellMessages[locale], ...signInMessages[locale], ...catalogues };
  return (
    id: keyof M | keyof (typeof shellMessages)['en'] | keyof (typeof signInMessages)['en'],
    values: Record<string, string | number> = {},
  ): string => {
    const parts = new IntlMessageFormat(messages[id as string] ?? String(id), locale).format<string>({
      ...values,
      hidden: (chunks) => chunks.join(''),
    });
    return plainSpaces(Array.isArray(parts) ? parts.join('') : String(parts));
  };
}

/** Narrow and no-break spaces (French punctuation, Intl's dates) written as plain spaces. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** Signs in from the sign-in page after choosing `locale` in its language menu, as a person would. */
export async function signInIn(page: Page, locale: TLocale, email: string): Promise<void> {
  const say = messagesIn(locale, {});
  await page.goto('/sign-in');
  await page.getByLabel('Language').selectOption(locale);
  await page.getByLabel(say('signIn.email')).fill(email);
  await page.getByLabel(say('signIn.password')).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: say('signIn.submit') }).click();
  await page.getByRole('navigation', { name: say('shell.nav') }).waitFor();
}

/** The person id of a member of the review, read by the signed-in coordinator on `page`. */
export async function memberId(page: Page, reviewId: string, email: string): Promise<string> {
  const members = (await (await page.request.get(`/api/reviews/${reviewId}/members`)).json()) as {
    members: { personId: string; email: string }[];
  };
  const member = members.members.find((m) => m.email === email);
  if (!member) throw new Error(`${email} is not a member of the review`);
  return member.personId;
}
