import fc from 'fast-check';
import { z } from 'zod';
import {
  findUnstorable,
  NUL_MESSAGE,
  SURROGATE_MESSAGE,
  storableJson,
  storableText,
  text,
  unstorableReason,
} from './storable-text';

const HIGH = '\uD83D';
const LOW = '\uDE00';

describe('unstorableReason', () => {
  it.each([
    ['plain text', 'Ministry of Labour and Social Protection'],
    ['Mongolian Cyrillic', 'Хөдөлмөр, нийгмийн хамгааллын яам'],
    ['Arabic', 'وزارة العمل'],
    ['Chinese', '劳动和社会保障部'],
    ['right-to-left marks around text', '\u200Fשלום\u202E abc \u202C'],
    ['an emoji (a surrogate pair)', 'Done 😀'],
    ['a ZWJ family emoji', '👩‍👩‍👧‍👦 and 🏳️‍🌈'],
    ['a flag', '🇲🇳'],
    ['other control characters PostgreSQL stores', 'tab\tnew line\nbell\u0007'],
    ['the empty string', ''],
  ])('accepts %s', (_name, value) => {
    expect(unstorableReason(value)).toBeUndefined();
  });

  it.each([
    ['a NUL alone', '\u0000'],
    ['a NUL inside text', 'before\u0000after'],
    ['a NUL after an emoji', '😀\u0000'],
  ])('refuses %s, naming U+0000', (_name, value) => {
    expect(unstorableReason(value)).toBe(NUL_MESSAGE);
  });

  it.each([
    ['a lone high surrogate', HIGH],
    ['a lone low surrogate', LOW],
    ['a high surrogate before text', `${HIGH}abc`],
    ['a low surrogate after text', `abc${LOW}`],
    ['two pairs in the wrong order', `${LOW}${HIGH}`],
    ['a pair followed by a lone high surrogate', `😀${HIGH}`],
  ])('refuses %s as broken Unicode', (_name, value) => {
    expect(unstorableReason(value)).toBe(SURROGATE_MESSAGE);
  });

  it('accepts any well-formed string without NUL (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        fc.pre(!value.includes('\u0000'));
        expect(unstorableReason(value)).toBeUndefined();
      }),
    );
  });

  it('refuses any string with a lone surrogate inserted (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii' }),
        fc.string({ unit: 'grapheme-ascii' }),
        fc.integer({ min: 0xd800, max: 0xdfff }),
        (before, after, unit) => {
          expect(unstorableReason(`${before}${String.fromCharCode(unit)}${after}`)).toBe(SURROGATE_MESSAGE);
        },
      ),
    );
  });
});

describe('text(max)', () => {
  const name = text(12).min(1, 'is required');

  it('trims and accepts ordinary text', () => {
    expect(name.parse('  Улаанбаатар ')).toBe('Улаанбаатар');
  });

  it('says which character cannot be stored', () => {
    const result = name.safeParse('a\u0000b');
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([NUL_MESSAGE]);
  });

  it('says the Unicode is broken', () => {
    const result = name.safeParse(`a${HIGH}`);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([SURROGATE_MESSAGE]);
  });

  it('refuses text that is too long, saying how long it may be', () => {
    expect(name.safeParse('x'.repeat(13)).error?.issues[0]?.message).toBe('must be at most 12 characters');
  });

  it('keeps the check when chained further', () => {
    expect(text(5).nullable().optional().safeParse('\u0000').success).toBe(false);
    expect(
      z.object({ note: text(5).optional() }).safeParse({ note: '\uDC00' }).error?.issues[0],
    ).toMatchObject({
      path: ['note'],
      message: SURROGATE_MESSAGE,
    });
  });

  it('is a string schema with the shared check, which the contract test looks for', () => {
    expect(name._zod.def.checks).toContain(storableText);
  });
});

describe('storableJson', () => {
  const data = z.record(z.string(), z.unknown()).check(storableJson);

  it('accepts nested JSON of ordinary text', () => {
    expect(data.safeParse({ a: [{ b: 'وزارة 😀' }], c: 1, d: null }).success).toBe(true);
  });

  it('names the nested place of a NUL', () => {
    expect(data.safeParse({ a: [{ b: 'x\u0000' }] }).error?.issues[0]).toMatchObject({
      path: ['a', 0, 'b'],
      message: NUL_MESSAGE,
    });
  });

  it('refuses a key that cannot be stored', () => {
    expect(findUnstorable({ [`k${HIGH}`]: 1 })).toEqual({
      path: [`k${HIGH}`],
      message: `has a name that ${SURROGATE_MESSAGE}`,
    });
  });
});
