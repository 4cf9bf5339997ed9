import { acceptedLanguages, isRightToLeft, LOCALES, negotiateLocale } from './locales';
import { ZLocale } from './locales.schemas';

describe('the languages of the tool', () => {
  it('are the six official languages of the United Nations, English first', () => {
    expect(LOCALES).toEqual(['en', 'fr', 'es', 'ru', 'zh', 'ar']);
    expect(ZLocale.safeParse('de').error?.issues[0]?.message).toBe('must be one of en, fr, es, ru, zh, ar');
  });

  it('take the first language of the person the tool speaks, by its primary subtag', () => {
    expect(negotiateLocale(['de-CH', 'fr-CA', 'en'])).toBe('fr');
    expect(negotiateLocale(['zh-Hant-TW'])).toBe('zh');
    expect(negotiateLocale(['AR_eg'])).toBe('ar');
    expect(negotiateLocale(['mn', 'de'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });

  it('read an Accept-Language header best first, dropping what is refused', () => {
    expect(acceptedLanguages('ru;q=0.5, fr-CH, fr;q=0.9, de;q=0, *;q=0.1')).toEqual(['fr-CH', 'fr', 'ru']);
    expect(negotiateLocale(acceptedLanguages('mn-MN,ru;q=0.8,en;q=0.5'))).toBe('ru');
    expect(acceptedLanguages(undefined)).toEqual([]);
  });

  it('turn the page for Arabic only', () => {
    expect(LOCALES.filter(isRightToLeft)).toEqual(['ar']);
  });
});
