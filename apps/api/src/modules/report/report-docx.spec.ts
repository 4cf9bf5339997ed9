import { buildReportOutline } from '@gcm/domain';
import { mongoliaReportInput, withQuestion } from '@gcm/domain/testing';
import { strFromU8, unzipSync } from 'fflate';
import { compileReport, renderReportDocx } from './report-docx';

function part(docx: Buffer, name: string): string {
  const file = unzipSync(new Uint8Array(docx))[name];
  if (!file) throw new Error(`${name} is missing`);
  return strFromU8(file);
}

/** The list id (w:numId) of each list item, in order. */
function listIds(xml: string): string[] {
  return [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1] ?? '');
}

describe('the report as a Word document', () => {
  it('restarts the numbering of every numbered list, and bookmarks each heading for links', async () => {
    const input = withQuestion(mongoliaReportInput(), '6', (question) => ({
      ...question,
      body: 'First:\n\n1. one\n2. two\n\nThen:\n\n1. three\n2. four',
    }));
    const xml = part(
      await renderReportDocx(buildReportOutline(input), { title: 'T', description: 'D' }),
      'word/document.xml',
    );
    const ids = listIds(xml.slice(xml.indexOf('>one<') - 600, xml.indexOf('>four<')));
    expect(ids).toHaveLength(4);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[2]);
    expect(xml).toMatch(/<w:bookmarkStart w:name="question_2c" w:id="\d+"\/>/);
  });

  it('names the file after the review and labels amended versions', async () => {
    const original = await compileReport(mongoliaReportInput());
    expect(original.fileName).toBe('Voluntary-GCM-Review-Mongolia-2020.docx');
    expect(original.sha256).toMatch(/^[0-9a-f]{64}$/);
    const amended = await compileReport(
      mongoliaReportInput({ version: 2, issuedOn: '2020-11-12', amendmentNote: 'New 2b' }),
    );
    expect(amended.fileName).toBe('Voluntary-GCM-Review-Mongolia-2020-amended-version-2.docx');
    const xml = part(amended.bytes, 'word/document.xml');
    expect(xml).toContain('Amended version 2 — 12 November 2020');
    expect(part(amended.bytes, 'docProps/core.xml')).toContain(
      '<dc:title>Voluntary GCM Review — Mongolia 2020 — amended version 2</dc:title>',
    );
  });
});
