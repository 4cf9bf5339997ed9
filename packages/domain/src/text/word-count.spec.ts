import { countWords, wordGuidance } from './word-count';

describe('countWords', () => {
  it('counts nothing in an empty draft or one made only of spaces and line breaks', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t  \n')).toBe(0);
  });

  it('counts plain English words separated by any amount of whitespace', () => {
    expect(countWords('Mongolia  has\ttransformed\n\ninto a   democracy.')).toBe(6);
  });

  it('ignores dashes, bullets and ellipses that stand alone between words', () => {
    expect(countWords('2000 and 2010 – the years - of • cold … winters —')).toBe(8);
  });

  it('counts a hyphenated word as one word', () => {
    expect(countWords('rural-to-urban migration and whole-of-government approach')).toBe(5);
  });

  it('counts decimal numbers, numbers with thousands separators and year ranges as one word each', () => {
    expect(countWords('5.8 percent of 6,767,687 people in 2020-2024')).toBe(7);
  });

  it('counts words written in Mongolian Cyrillic and accented Latin', () => {
    expect(countWords('Монгол Улсын Гадаад харилцааны яам')).toBe(5);
    expect(countWords('café déjà vu à São Paulo')).toBe(6);
  });

  it('does not count markdown list markers at the start of a line', () => {
    const draft = [
      '- review the objectives',
      '* agree on labour',
      '1. prioritise objectives',
      '2) brainstorm',
    ].join('\n');
    expect(countWords(draft)).toBe(9);
  });

  it('still counts a number that merely starts a line', () => {
    expect(countWords('5.8 percent live abroad\n2019 was a census year')).toBe(9);
  });

  it('counts each Chinese character and Japanese kana as one word', () => {
    expect(countWords('全球移民契约')).toBe(6);
    expect(countWords('移民の権利')).toBe(5);
  });

  it('counts Latin words mixed into Chinese text separately from the characters', () => {
    expect(countWords('GCM目标 2030')).toBe(4);
  });

  it('ignores CJK punctuation around characters', () => {
    expect(countWords('移民，权利。')).toBe(4);
  });

  it('treats words joined by an em dash without spaces as two words', () => {
    expect(countWords('drought—the number')).toBe(3);
  });

  it('counts a paragraph of the Mongolian survey answer (question 1d) as 56 words, counted by hand', () => {
    const paragraph =
      'In the framework of the Memorandum of Cooperation between the Government of Japan and the Government of Mongolia on the Technical Intern Training Program, 421 Mongolian interns were sent to Japan in 2017, and 747 interns were sent in 2019. The Ministry of Labor and Social Protection expects these numbers to increase in the coming years.';
    expect(countWords(paragraph)).toBe(56);
  });

  it('counts a paragraph of the Mongolian survey answer (question 4a) with two spaced en dashes as 94 words', () => {
    const paragraph =
      'Due to harsh winters and droughts, many countryside herders lost their livestock and other resources, which forced them to move to the city. Particularly in 2000 and 2010 – the years of extremely cold winters and drought – the number of migrants to the city increased drastically. Among the migrants, 40 percent belong to population groups who are at risk of being left behind, needing extensive social protection services. Initially, the capital city, Ulaanbaatar, was designed for just 500 thousand residents, but currently, it accommodates over 1.5 million people, 1.2 times increase over the last decade.';
    expect(countWords(paragraph)).toBe(94);
  });
});

describe('wordGuidance', () => {
  it('calls an answer short when it is below half of the target', () => {
    expect(wordGuidance(249, 500)).toEqual({ count: 249, target: 500, ratio: 0.498, level: 'short' });
  });

  it('calls an answer of exactly half the target ok', () => {
    expect(wordGuidance(250, 500).level).toBe('ok');
  });

  it('calls an answer of exactly one and a half times the target ok', () => {
    expect(wordGuidance(750, 500).level).toBe('ok');
  });

  it('calls an answer long when it is above one and a half times the target', () => {
    expect(wordGuidance(751, 500)).toMatchObject({ level: 'long', ratio: 1.502 });
  });

  it('calls an empty answer short', () => {
    expect(wordGuidance(0, 500)).toMatchObject({ ratio: 0, level: 'short' });
  });

  it('refuses a target of zero or less', () => {
    expect(() => wordGuidance(10, 0)).toThrow('The word target must be a positive number, got 0');
    expect(() => wordGuidance(10, -5)).toThrow(/positive number/);
  });

  it('refuses a negative count', () => {
    expect(() => wordGuidance(-1, 500)).toThrow(/zero or more/);
  });
});
