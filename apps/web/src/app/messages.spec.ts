import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { LOCALES, type TLocale } from '@gcm/domain';
import { mergeCatalogues } from '../lib/i18n/catalogue';
import { CATALOGUES, MESSAGES } from './messages';

/** The names of the ICU arguments a message uses ({count}, {date}, the branches of a plural). */
function argumentsOf(elements: readonly MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    switch (element.type) {
      case TYPE.literal:
      case TYPE.pound:
        return [];
      case TYPE.plural:
      case TYPE.select:
        return [
          element.value,
          ...Object.values(element.options).flatMap((option) => argumentsOf(option.value)),
        ];
      case TYPE.tag:
        return [element.value, ...argumentsOf(element.children)];
      default:
        return [element.value];
    }
  });
}

const TRANSLATIONS = LOCALES.filter((locale): locale is Exclude<TLocale, 'en'> => locale !== 'en');

describe('the catalogues of the screens', () => {
  it.each(TRANSLATIONS)('%s says everything English says, and nothing else', (locale) => {
    for (const part of CATALOGUES) {
      expect(Object.keys(part[locale]).sort()).toEqual(Object.keys(part.en).sort());
    }
  });

  it.each(TRANSLATIONS)('%s uses the same ICU arguments as English in every message', (locale) => {
    const english = MESSAGES.en;
    const differing = Object.entries(MESSAGES[locale]).filter(([id, message]) => {
      const theirs = new Set(argumentsOf(parse(message)));
      const ours = new Set(argumentsOf(parse(english[id] ?? '')));
      return theirs.size !== ours.size || [...ours].some((name) => !theirs.has(name));
    });
    expect(differing).toEqual([]);
  });

  it('has no message left untranslated: a text that is not a name or a number differs from English', () => {
    const same = TRANSLATIONS.flatMap((locale) =>
      Object.entries(MESSAGES[locale])
        .filter(([id, message]) => message === MESSAGES.en[id] && /[a-z]{4}/.test(message))
        .filter(([id]) => !SAME_IN_SOME_LANGUAGES.has(`${locale}:${id}`))
        .map(([id]) => `${locale}:${id}`),
    );
    expect(same).toEqual([]);
  });

  it('refuses two parts defining the same message', () => {
    const [first] = CATALOGUES;
    expect(() => mergeCatalogues([first, first])).toThrow(/Two catalogues define the message "shell\./);
  });
});

/** Words a language writes as English does. */
const SAME_IN_SOME_LANGUAGES = new Set([
  'fr:shell.nav.installation',
  // "{method}: {rules}" — only the two arguments and a colon.
  'es:votes.facts.methodRules',
  'ru:votes.facts.methodRules',
  'ar:votes.facts.methodRules',
  // "Points" is French too; Schulze, Borda and Copeland are the names of the methods' authors.
  'fr:votes.measure.dot',
  'fr:votes.value.dot',
  'fr:votes.methods.schulze',
  'fr:votes.methods.borda',
  'fr:votes.methods.copeland',
  'es:votes.methods.schulze',
  'es:votes.methods.borda',
  'es:votes.methods.copeland',
  // "Votes" and "Secret" are French words too.
  'fr:votes.list.pageTitle',
  'fr:votes.list.secret',
]);
