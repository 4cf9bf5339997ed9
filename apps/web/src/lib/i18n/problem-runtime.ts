import { type TLocale, translateProblem } from '@gcm/domain';
import { z } from 'zod';
import { JITLESS } from '../../app/zod-config';

/**
 * What turns a problem message into the screen's language: zod's own messages for each language
 * of the tool, and the contract's problem catalogues (`translateProblem` of @gcm/domain). Loaded
 * after the first page by lib/i18n/problem-locale.ts, which is what the rest of the app calls.
 */
export interface ProblemRuntime {
  applyLocale(locale: TLocale): void;
  translateProblem(message: string, locale: TLocale): string;
}

/** zod's own messages ("Invalid input: expected string…") for each language of the tool. */
const ZOD_LOCALES: Record<TLocale, () => ReturnType<typeof z.locales.en>> = {
  en: z.locales.en,
  fr: z.locales.fr,
  es: z.locales.es,
  ru: z.locales.ru,
  zh: z.locales.zhCN,
  ar: z.locales.ar,
};

/** Sets zod's default messages to the language (keeping `jitless`). */
export function applyLocale(locale: TLocale): void {
  z.config({ ...ZOD_LOCALES[locale](), ...JITLESS });
}

export { translateProblem };
