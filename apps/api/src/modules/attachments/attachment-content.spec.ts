import { identifyContent } from './attachment-content';

const jpeg = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0, 0, 0, 0,
]);

describe('identifyContent', () => {
  it('recognises a PDF by its bytes', async () => {
    await expect(identifyContent(Buffer.from('%PDF-1.7\n%%EOF\n'), 'a.pdf', 'application/pdf')).resolves.toBe(
      'application/pdf',
    );
  });

  it('accepts both .jpg and .jpeg, and the types browsers declare for them', async () => {
    await expect(identifyContent(jpeg, 'photo.jpeg', 'image/pjpeg')).resolves.toBe('image/jpeg');
    await expect(identifyContent(jpeg, 'PHOTO.JPG', 'application/octet-stream')).resolves.toBe('image/jpeg');
  });

  it('accepts UTF-8 text only as .txt or .csv, including a CSV that Windows calls an Excel file', async () => {
    const csv = Buffer.from('аймаг,тоо\nДархан,310\n');
    await expect(identifyContent(csv, 'data.csv', 'application/vnd.ms-excel')).resolves.toBe(
      'text/csv; charset=utf-8',
    );
    await expect(identifyContent(csv, 'data.txt', '')).resolves.toBe('text/plain; charset=utf-8');
    await expect(identifyContent(csv, 'data.html', 'text/html')).rejects.toThrow(
      '"data.html" is named as a .html file but its content is plain text',
    );
  });

  it('refuses text with NUL bytes or invalid UTF-8', async () => {
    await expect(identifyContent(Buffer.from('a\u0000b'), 'a.txt', 'text/plain')).rejects.toThrow(
      'cannot be recognised from its content',
    );
    await expect(identifyContent(Buffer.from([0x61, 0xc3, 0x28]), 'a.txt', 'text/plain')).rejects.toThrow(
      'cannot be recognised from its content',
    );
  });

  it('refuses a JPEG named .png with a 415 saying what it is', async () => {
    await expect(identifyContent(jpeg, 'photo.png', 'image/png')).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: expect.stringContaining('is named as a PNG image (.png) but its content is a JPEG image'),
    });
  });

  it('refuses a file without an extension', async () => {
    await expect(identifyContent(jpeg, 'photo', '')).rejects.toThrow(
      '"photo" is named as a file without an extension but its content is a JPEG image',
    );
  });
});
