import { DEFAULT_LOCALE, type TLocale } from '@gcm/domain';
import { z } from 'zod';
import { JITLESS } from '../../app/zod-config';

/**
 * The language the problem messages of the screens are written in — the contract's validation
 * messages shown at a form's fields (lib/form-errors.ts) and zod's own default messages.
 *
 * It is module-level state, not a hook, so that `issuesToFieldErrors(parsed.error)` keeps its
 * signature and every form in features/* shows its field messages in the screen's language
 * without passing the locale. The LocaleProvider sets it whenever the language of the screens
 * changes (lib/i18n/locale-provider.tsx); until then, and outside it, it is English.
 */
let current: TLocale = DEFAULT_LOCALE;

/** zod's own messages ("Invalid input: expected string…") for each language of the tool. */
const ZOD_LOCALES: Record<TLocale, () => ReturnType<typeof z.locales.en>> = {
  en: z.locales.en,
  fr: z.locales.fr,
  es: z.locales.es,
  ru: z.locales.ru,
  zh: z.locales.zhCN,
  ar: z.locales.ar,
};

export function problemLocale(): TLocale {
  return current;
}

/** Sets the language of the problem messages and of zod's default messages (keeping `jitless`). */
export function setProblemLocale(locale: TLocale): void {
  if (locale === current) return;
  current = locale;
  z.config({ ...ZOD_LOCALES[locale](), ...JITLESS });
}
