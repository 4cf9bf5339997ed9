/**
 * The languages of the interface and the e-mails: the six official languages of the United
 * Nations. English is the source: every other catalogue must say what English says.
 */
export const LOCALES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
export type TLocale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: TLocale = 'en';

/** Each language by its own name, as a language menu lists them. */
export const LOCALE_NAMES: Record<TLocale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  zh: '中文',
  ar: 'العربية',
};

/** The BCP 47 tag the formatting of dates and numbers uses (British English, as the UN writes it). */
export const FORMATTING_TAGS: Record<TLocale, string> = {
  en: 'en-GB',
  fr: 'fr',
  es: 'es',
  ru: 'ru',
  zh: 'zh-Hans',
  ar: 'ar',
};

export function isLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Arabic is written right to left; the page turns (`dir="rtl"`) and so does its layout. */
export function isRightToLeft(locale: TLocale): boolean {
  return locale === 'ar';
}

/**
 * The first of the person's languages (the browser's `navigator.languages`, or the tags of an
 * Accept-Language header, best first) that the tool speaks, by its primary subtag ("fr-CA" → fr,
 * "zh-Hant-TW" → zh), else English.
 */
export function negotiateLocale(preferences: readonly string[]): TLocale {
  for (const tag of preferences) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/** The tags of an Accept-Language header, best first ("fr-CH, fr;q=0.9, en;q=0.8" → fr-CH, fr, en). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}
