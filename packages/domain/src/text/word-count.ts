/**
 * Counting words the way a person counts them in a draft answer (the survey asks for "about 500 words").
 *
 * - words are separated by whitespace (and by em dashes written without spaces);
 * - a token made only of punctuation or symbols ("–", "-", "•", "…", "#") is not a word;
 * - hyphenated words ("rural-to-urban") and numbers ("5.8", "6,767,687", "2020-2024") are one word;
 * - letters of any script count (Mongolian Cyrillic, accented Latin, …);
 * - markdown list markers at the start of a line ("- ", "* ", "+ ", "1. ", "1) ") are not words;
 * - each Chinese character and each Japanese kana is one word, as these scripts are written without spaces.
 */

const LIST_MARKER = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+/gmu;
const SEPARATOR = /[\s\u2014]+/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_CHARACTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

function countToken(token: string): number {
  if (!WORD_CHARACTER.test(token)) return 0;
  if (!CJK_CHARACTER.test(token)) return 1;
  const cjk = token.match(CJK_CHARACTERS)?.length ?? 0;
  const rest = token.split(CJK_CHARACTERS).filter((part) => WORD_CHARACTER.test(part)).length;
  return cjk + rest;
}

export function countWords(text: string): number {
  const withoutMarkers = text.replace(LIST_MARKER, '');
  let count = 0;
  for (const token of withoutMarkers.split(SEPARATOR)) {
    if (token.length > 0) count += countToken(token);
  }
  return count;
}

export const WORD_GUIDANCE_LEVELS = ['short', 'ok', 'long'] as const;
export type TWordGuidanceLevel = (typeof WORD_GUIDANCE_LEVELS)[number];

export interface TWordGuidance {
  count: number;
  target: number;
  /** count / target, e.g. 0.5 for 250 words against a target of 500. */
  ratio: number;
  /** 'short' below 50% of the target, 'long' above 150%, otherwise 'ok'. */
  level: TWordGuidanceLevel;
}

export function wordGuidance(count: number, target: number): TWordGuidance {
  if (!Number.isFinite(target) || target <= 0) {
    throw new Error(`The word target must be a positive number, got ${target}`);
  }
  if (!Number.isFinite(count) || count < 0) {
    throw new Error(`The word count must be zero or more, got ${count}`);
  }
  const ratio = count / target;
  const level: TWordGuidanceLevel = ratio < 0.5 ? 'short' : ratio > 1.5 ? 'long' : 'ok';
  return { count, target, ratio, level };
}
