import { catalogue } from '../i18n/catalogue';
import { catalogueProblems, icuArguments } from './catalogue-check';

describe('checking catalogues against English', () => {
  it('reads the arguments of a message, inside plurals and tags too', () => {
    expect(icuArguments('Due <b>{date}</b> in {days, plural, one {# day} other {# days} }')).toEqual([
      'b',
      'date',
      'days',
    ]);
  });

  it('names a missing key, an extra one, a changed argument and a message that does not parse', () => {
    const same = () => ({ a: 'A {x}', b: 'B' });
    const broken = catalogue({
      en: { a: 'A {x}', b: 'B' },
      fr: { a: 'A {y}', b: 'B' },
      es: same(),
      ru: { a: 'A {x', b: 'B' },
      zh: same(),
      ar: same(),
    });
    (broken.es as Record<string, string>).extra = 'E';
    delete (broken.zh as Partial<Record<string, string>>).b;
    expect(catalogueProblems([broken]).sort()).toEqual([
      'es: "extra" is not in English',
      'fr: "a" uses {y} where English uses {x}',
      expect.stringMatching(/^ru: "a" does not parse: /),
      'zh: "b" is missing',
    ]);
  });
});
