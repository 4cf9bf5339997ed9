import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { AppError } from '../errors/app-error';

/**
 * A fingerprint of a round's ballot set that anyone can recompute from the anonymised ballot export
 * (decision 0018; the recipe is in docs/administration.md, "Recounting a vote"):
 *
 * 1. Each ballot's content (as stored, e.g. `{"ranking":[7,1,10]}`) is written as canonical JSON:
 *    object keys sorted by their UTF-16 code units (for the ASCII keys of a ballot: byte order),
 *    no whitespace at all, numbers as whole numbers in decimal (`3`, never `3.0` or `3e0`), arrays
 *    in their own order (a ranking's order is its content), strings as `JSON.stringify` writes them.
 * 2. The lines are sorted by their code units, which for these ASCII-only lines is byte order (as
 *    `LC_ALL=C sort` does). Equal ballots stay as many lines as there are ballots.
 * 3. Each line is followed by one line feed (`\n`, also after the last), and the whole text, in
 *    UTF-8, is hashed with SHA-256, written as 64 lower-case hexadecimal digits.
 *
 * So the hash does not depend on the order of the ballots, and changes when any ballot changes, is
 * added or is removed. An empty ballot set hashes the empty text
 * (`e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`).
 */
export const BALLOT_SET_HASH_RECIPE =
  'SHA-256 of the ballots as canonical JSON (sorted keys, no whitespace, whole numbers), one per line, lines sorted bytewise, each ending in LF';

function canonical(value: unknown, path: string): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new AppError('INTERNAL', `Cannot write ${path} canonically: ${value} is not a whole number`);
    }
    // Object.is: -0 would be written "0" by JSON.stringify but is not the integer the ballot meant.
    return Object.is(value, -0) ? '0' : String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.map((item, index) => canonical(item, `${path}[${index}]`)).join(',')}]`;
  const prototype = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (prototype === Object.prototype || prototype === null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key], `${path}.${key}`)}`).join(',')}}`;
  }
  throw new AppError('INTERNAL', `Cannot write ${path} canonically: not JSON data`);
}

/** The canonical JSON of a ballot's content (see above); throws on anything but JSON data with whole numbers. */
export function canonicalJson(value: unknown): string {
  return canonical(value, 'the ballot');
}

/** The ballots as canonical JSON lines, sorted: the text the hash is taken of, line by line. */
export function canonicalBallotLines(contents: readonly unknown[]): string[] {
  return contents.map(canonicalJson).sort();
}

/** The exact text that is hashed: every sorted canonical line followed by a line feed. */
export function ballotSetText(contents: readonly unknown[]): string {
  return canonicalBallotLines(contents)
    .map((line) => `${line}\n`)
    .join('');
}

/** SHA-256 of the canonical ballot set, 64 lower-case hexadecimal digits. */
export function ballotSetSha256(contents: readonly unknown[]): string {
  return bytesToHex(sha256(utf8ToBytes(ballotSetText(contents))));
}

/**
 * The ballots in the order the hash reads them (by their canonical JSON): the order of the
 * anonymised export, which depends only on what the ballots say.
 */
export function inCanonicalOrder<T>(contents: readonly T[]): T[] {
  return contents
    .map((content) => ({ content, line: canonicalJson(content) }))
    .sort((a, b) => (a.line < b.line ? -1 : a.line > b.line ? 1 : 0))
    .map((entry) => entry.content);
}
