import {
  canonicalLanguageTag,
  isInOtherLanguage,
  languageName,
  storedLanguage,
  ZLanguageTag,
} from './language-tag';

describe('the language a text is written in', () => {
  it('takes any BCP 47 tag, in its canonical form, and refuses what is not one', () => {
    expect(ZLanguageTag.parse(' mn ')).toBe('mn');
    expect(ZLanguageTag.parse('EN-gb')).toBe('en-GB');
    expect(ZLanguageTag.parse('zh-hant')).toBe('zh-Hant');
    for (const bad of ['', 'english', 'e', 'en_GB', 'fr-', '12', 'en-GB-toolongsubtag']) {
      const result = ZLanguageTag.safeParse(bad);
      expect({ bad, success: result.success }).toEqual({ bad, success: false });
      if (!result.success)
        expect(result.error.issues[0]?.message).toBe('must be a language tag such as en, fr or mn');
    }
    expect(canonicalLanguageTag('ar')).toBe('ar');
  });

  it('tells another language from a variant of the template’s own, and stores the template’s as null', () => {
    expect(isInOtherLanguage('mn', 'en')).toBe(true);
    expect(isInOtherLanguage('en-GB', 'en')).toBe(false);
    expect(isInOtherLanguage(null, 'en')).toBe(false);
    expect(storedLanguage('fr', 'en')).toBe('fr');
    expect(storedLanguage('en', 'en')).toBeNull();
    expect(storedLanguage(null, 'fr')).toBeNull();
  });

  it('names a language in English by default, or in another language', () => {
    expect(languageName('mn')).toBe('Mongolian');
    expect(languageName('fr', 'fr')).toBe('français');
  });
});
