import { toCsv } from './csv';

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

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['-1'], ['@SUM']])).toBe(
      'a\r\n"\'=HYPERLINK(""x"")"\r\n\'-1\r\n\'@SUM\r\n',
    );
  });
});
