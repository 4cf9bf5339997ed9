import type { TLocale } from './locales';

type Translations = Exclude<TLocale, 'en'>;

/** The messages of one part (a screen's feature, the e-mails), in every language, by message id. */
export type Catalogue<K extends string = string> = Record<TLocale, Record<K, string>>;

/**
 * One part's messages: English is the source, and every other language must give every key it
 * has — a missing one fails the type check, so the build (the catalogues test checks the ICU
 * arguments too). Messages are ICU MessageFormat: `{count, plural, one {# day} other {# days}}`.
 */
export function catalogue<const E extends Record<string, string>>(
  messages: { en: E } & Record<Translations, Record<keyof E, string>>,
): Catalogue<Extract<keyof E, string>> {
  return messages as Catalogue<Extract<keyof E, string>>;
}

/** The catalogues of the app merged into one table per language; a key two parts share is a bug. */
export function mergeCatalogues(parts: readonly Catalogue[]): Catalogue {
  const merged = { en: {}, fr: {}, es: {}, ru: {}, zh: {}, ar: {} } as Catalogue;
  for (const part of parts) {
    for (const locale of Object.keys(merged) as TLocale[]) {
      for (const [id, message] of Object.entries(part[locale])) {
        if (id in merged[locale]) throw new Error(`Two catalogues define the message "${id}"`);
        merged[locale][id] = message;
      }
    }
  }
  return merged;
}
