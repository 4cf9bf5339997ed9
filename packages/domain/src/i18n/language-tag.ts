import { z } from 'zod';

/**
 * The language a text is written in, as a BCP 47 tag ("en", "fr", "mn", "zh-Hant"): any language,
 * not only the six of the interface, since a focal point may draft in the country's own language
 * before the text is translated into the template's. Canonicalised ("EN-gb" → "en-GB").
 */
const LANGUAGE_TAG_MESSAGE = 'must be a language tag such as en, fr or mn';
const LANGUAGE_TAG_SHAPE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export const ZLanguageTag = z
  .string({ error: LANGUAGE_TAG_MESSAGE })
  .trim()
  .max(35, LANGUAGE_TAG_MESSAGE)
  .regex(LANGUAGE_TAG_SHAPE, LANGUAGE_TAG_MESSAGE)
  .transform((value, context) => {
    const canonical = canonicalLanguageTag(value);
    if (canonical === null) {
      context.addIssue({ code: 'custom', message: LANGUAGE_TAG_MESSAGE });
      return z.NEVER;
    }
    return canonical;
  });

/** The canonical form of a BCP 47 language tag, or null when `value` is not one. */
export function canonicalLanguageTag(value: string): string | null {
  if (!LANGUAGE_TAG_SHAPE.test(value)) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    return canonical ?? null;
  } catch {
    return null;
  }
}

/** Whether a text drafted in `language` (null: in the template's) is in another language than the template. */
export function isInOtherLanguage(language: string | null, templateLanguage: string): boolean {
  return language !== null && primarySubtag(language) !== primarySubtag(templateLanguage);
}

function primarySubtag(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? tag;
}

/**
 * What a save stores as the text's language: null when it is the template's own (so a review
 * whose template is re-issued in another language does not keep a stale "en").
 */
export function storedLanguage(language: string | null, templateLanguage: string): string | null {
  return language === null || !isInOtherLanguage(language, templateLanguage) ? null : language;
}

/** A language by its English name ("mn" → "Mongolian"), the tag itself when the platform has none. */
export function languageName(tag: string, inLanguage = 'en'): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
