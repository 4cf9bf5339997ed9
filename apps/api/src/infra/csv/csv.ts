/**
 * The API's one CSV writer (assignment export, vote results). RFC 4180 with defences against CSV
 * (formula) injection, per OWASP:
 * - a text cell starting with = + - @ TAB or CR gets a leading apostrophe, so a spreadsheet shows
 *   it as text instead of running it as a formula;
 * - a spreadsheet in a locale whose list separator is ";" splits every line on ";" whatever the
 *   quotes, so `x;=1+1` would become two cells, the second a formula: after a ";" that is followed
 *   by one of those characters, an apostrophe is inserted too (`x;'=1+1`);
 * - every cell holding a separator (comma, semicolon, tab), a quote, CR or LF, and every
 *   neutralised cell, is quoted, quotes doubled.
 * Numbers are written as numbers: a column the code knows is numeric keeps `-1` as -1.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_AFTER_SEMICOLON = /;(\s*)(?=[=+\-@])/g;
const NEEDS_QUOTES = /[",;\t\r\n]/;

export type CsvValue = string | number;

export function csvCell(value: CsvValue): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Not a number for a CSV cell: ${value}`);
    return String(value);
  }
  const neutralised = FORMULA_START.test(value);
  const text = (neutralised ? `'${value}` : value).replace(FORMULA_AFTER_SEMICOLON, ";$1'");
  return neutralised || NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CRLF line ends, the last line too. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
