import { LOCALES, type TLocale } from '@gcm/domain';
import { catalogueProblems } from '@gcm/domain/testing';
import { mergeCatalogues } from '../lib/i18n/catalogue';
import { CATALOGUES, MESSAGES } from './messages';

const TRANSLATIONS = LOCALES.filter((locale): locale is Exclude<TLocale, 'en'> => locale !== 'en');

describe('the catalogues of the screens', () => {
  it('says in every language what English says: the same keys, the same ICU arguments', () => {
    expect(catalogueProblems(CATALOGUES)).toEqual([]);
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
const SAME_IN_SOME_LANGUAGES = new Set(['fr:shell.nav.installation']);
