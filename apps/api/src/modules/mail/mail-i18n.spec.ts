import { catalogueProblems } from '@gcm/domain/testing';
import { MAIL_CATALOGUES, mailText } from './mail-i18n';

describe('the e-mails in six languages', () => {
  it('say in every language what English says: the same keys, the same ICU arguments', () => {
    expect(catalogueProblems(MAIL_CATALOGUES)).toEqual([]);
  });

  it('count in each language’s own plural forms', () => {
    const days = (locale: Parameters<typeof mailText>[0], n: number) =>
      mailText(locale).text('mail.reminder.subject.overdue', { days: n, code: '1a', organisation: 'MLSP' });
    expect(days('en', 1)).toBe('Overdue by 1 day: question 1a (MLSP)');
    expect(days('en', 3)).toBe('Overdue by 3 days: question 1a (MLSP)');
    expect([1, 3, 5, 21].map((n) => days('ru', n).split(':')[0])).toEqual([
      'Просрочено на 1 день',
      'Просрочено на 3 дня',
      'Просрочено на 5 дней',
      'Просрочено на 21 день',
    ]);
    expect(days('ar', 2)).toMatch(/^متأخر يومين:/);
  });
});
