import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { Catalogue } from '../i18n/catalogue';
import { LOCALES, type TLocale } from '../i18n/locales';

/** The names of the ICU arguments a message uses ({count}, {date}, those inside plurals and tags). */
export function icuArguments(message: string): string[] {
  const walk = (elements: readonly MessageFormatElement[]): string[] =>
    elements.flatMap((element) => {
      switch (element.type) {
        case TYPE.literal:
        case TYPE.pound:
          return [];
        case TYPE.plural:
        case TYPE.select:
          return [element.value, ...Object.values(element.options).flatMap((option) => walk(option.value))];
        case TYPE.tag:
          return [element.value, ...walk(element.children)];
        default:
          return [element.value];
      }
    });
  return [...new Set(walk(parse(message)))].sort();
}

/**
 * What is wrong with catalogues, one line per problem: a language that lacks a key English has
 * or has one English lacks, a message that does not parse, or one whose ICU arguments differ
 * from English's. An empty list: every language says what English says.
 */
export function catalogueProblems(parts: readonly Catalogue[]): string[] {
  const problems: string[] = [];
  const translations = LOCALES.filter((locale): locale is Exclude<TLocale, 'en'> => locale !== 'en');
  for (const part of parts) {
    for (const locale of translations) {
      const theirs = part[locale];
      for (const id of Object.keys(part.en))
        if (!(id in theirs)) problems.push(`${locale}: "${id}" is missing`);
      for (const id of Object.keys(theirs))
        if (!(id in part.en)) problems.push(`${locale}: "${id}" is not in English`);
      for (const [id, message] of Object.entries(theirs)) {
        const english = part.en[id];
        if (english === undefined) continue;
        try {
          const [ours, other] = [icuArguments(english).join(','), icuArguments(message).join(',')];
          if (ours !== other)
            problems.push(`${locale}: "${id}" uses {${other}} where English uses {${ours}}`);
        } catch (error) {
          problems.push(`${locale}: "${id}" does not parse: ${(error as Error).message}`);
        }
      }
    }
  }
  return problems;
}
