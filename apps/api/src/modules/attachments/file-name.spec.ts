import { contentDisposition, MAX_FILE_NAME_LENGTH, sanitizeFileName } from './file-name';

describe('sanitizeFileName', () => {
  it('keeps only the last part of a path sent by the browser', () => {
    expect(sanitizeFileName('C:\\Users\\bold\\report.pdf')).toBe('report.pdf');
    expect(sanitizeFileName('../../etc/passwd.txt')).toBe('passwd.txt');
  });

  it('removes control and bidirectional-override characters that disguise a name', () => {
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('a\u0000b\r\nc.pdf')).toBe('abc.pdf');
  });

  it('replaces characters Windows refuses and collapses spaces', () => {
    expect(sanitizeFileName('Q1: "stats" <2020>?.csv')).toBe('Q1_ _stats_ _2020__.csv');
    expect(sanitizeFileName('  many   spaces .txt ')).toBe('many spaces .txt');
  });

  it('keeps letters of any script', () => {
    expect(sanitizeFileName('Хилийн статистик.png')).toBe('Хилийн статистик.png');
  });

  it('never returns an empty or hidden name', () => {
    expect(sanitizeFileName('')).toBe('attachment');
    expect(sanitizeFileName('/')).toBe('attachment');
    expect(sanitizeFileName('..hidden.pdf')).toBe('hidden.pdf');
  });

  it('shortens a long name to 200 characters, keeping the extension', () => {
    const name = sanitizeFileName(`${'я'.repeat(300)}.docx`);
    expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('я.docx')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    expect(contentDisposition('Хил "1".pdf')).toBe(
      `attachment; filename="___ _1_.pdf"; filename*=UTF-8''%D0%A5%D0%B8%D0%BB%20%221%22.pdf`,
    );
    expect(contentDisposition("it's (final)*.pdf")).toBe(
      `attachment; filename="it's (final)*.pdf"; filename*=UTF-8''it%27s%20%28final%29%2A.pdf`,
    );
  });
});
