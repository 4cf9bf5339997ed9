import { createHash } from 'node:crypto';
import {
  buildReportOutline,
  type TReportInput,
  type TReportOutline,
  type TReportOutlineNode,
  type TReportOutlineNodeOf,
  type TTextBlock,
} from '@gcm/domain';
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { reportFileName, submissionSubject } from './report-naming';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ReportDocxMeta {
  /** The document's title in its properties and footer, e.g. "Voluntary GCM Review — Mongolia 2020". */
  title: string;
  description: string;
}

/** A4 with 2 cm margins: the width tables are laid out in (twips). */
const CONTENT_WIDTH = 11906 - 2 * 1134;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const INTEGRATED_TEXT = { yes: '✓ yes', no: '✗ no', '': '' } as const;
const HEADER_FILL = 'D9E2F3';

/** Word bookmark names: letters, digits and underscores, starting with a letter. */
function bookmarkName(anchor: string): string {
  const name = anchor.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(name) ? name : `r_${name}`;
}

/** Text that may hold blank-line separated paragraphs (a table cell, an explanation). */
function cellParagraphs(text: string, bold = false): Paragraph[] {
  const parts = text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part.length > 0);
  return (parts.length > 0 ? parts : ['']).map(
    (part) =>
      new Paragraph({
        spacing: { after: 60 },
        children: [new TextRun({ text: part, ...(bold ? { bold } : {}) })],
      }),
  );
}

function table(
  header: readonly string[] | null,
  rows: readonly (readonly string[])[],
  widths: number[],
): Table {
  const total = widths.reduce((sum, width) => sum + width, 0);
  const columnWidths = widths.map((width) => Math.round((width / total) * CONTENT_WIDTH));
  const cell = (text: string, index: number, isHeader: boolean, boldFirst: boolean) =>
    new TableCell({
      width: { size: columnWidths[index] ?? 0, type: WidthType.DXA },
      shading: isHeader ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: cellParagraphs(text, isHeader || (boldFirst && index === 0)),
    });
  const tableRows = [
    ...(header
      ? [new TableRow({ tableHeader: true, children: header.map((text, i) => cell(text, i, true, false)) })]
      : []),
    ...rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, i, false, !header)) })),
  ];
  return new Table({ width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths, rows: tableRows });
}

/** Turns outline nodes into Word paragraphs and tables; each ordered list restarts at 1. */
class DocxWriter {
  readonly children: (Paragraph | Table)[] = [];
  private orderedLists = 0;

  write(node: TReportOutlineNode): void {
    switch (node.kind) {
      case 'title':
        this.children.push(
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(node.text)] }),
        );
        if (node.subtitle) this.children.push(new Paragraph({ style: 'Subtitle', text: node.subtitle }));
        return;
      case 'heading':
        this.children.push(
          new Paragraph({
            heading: HEADINGS[node.level],
            children: [new Bookmark({ id: bookmarkName(node.anchor), children: [new TextRun(node.text)] })],
          }),
        );
        return;
      case 'paragraph':
        for (const block of node.blocks) this.block(block);
        return;
      case 'contact':
        this.children.push(table(null, node.rows, [1, 3]), new Paragraph({}));
        return;
      case 'consent':
        this.children.push(new Paragraph({ children: [new TextRun({ text: node.text, bold: true })] }));
        return;
      case 'note':
        this.children.push(new Paragraph({ children: [new TextRun({ text: node.text, italics: true })] }));
        return;
      case 'principles-table':
        this.principles(node);
        return;
      case 'priority-table':
        this.children.push(table(node.header, node.rows, [2, 3]), new Paragraph({}));
        return;
      case 'table':
        this.children.push(
          table(
            node.header,
            node.rows,
            node.header.map(() => 1),
          ),
          new Paragraph({}),
        );
        return;
      case 'objective-list':
        for (const item of node.items) this.hanging(`${item.number}.`, item.title);
        return;
      case 'attachments':
        for (const item of node.items) {
          this.hanging(`Attachment ${item.number}:`, `${item.description} (${item.fileName})`, 1600);
        }
        return;
    }
  }

  private block(block: TTextBlock): void {
    if (block.kind === 'paragraph') {
      this.children.push(new Paragraph({ text: block.text, spacing: { after: 120 } }));
      return;
    }
    const instance = block.ordered ? ++this.orderedLists : 0;
    for (const item of block.items) {
      this.children.push(
        new Paragraph({
          text: item,
          numbering: block.ordered
            ? { reference: 'ordered', level: 0, instance }
            : { reference: 'bullets', level: 0 },
          spacing: { after: 60 },
        }),
      );
    }
  }

  /** "12.<tab>Strengthen certainty…" with the text aligned after the number. */
  private hanging(label: string, text: string, indent = 567): void {
    this.children.push(
      new Paragraph({
        indent: { left: indent, hanging: indent },
        tabStops: [{ type: 'left', position: indent }],
        spacing: { after: 40 },
        children: [new TextRun(`${label}\t${text}`)],
      }),
    );
  }

  private principles(node: TReportOutlineNodeOf<'principles-table'>): void {
    const rows = node.rows.map((row) => [row.principle, INTEGRATED_TEXT[row.integrated], row.explanation]);
    this.children.push(table(node.header, rows, [3, 2, 6]), new Paragraph({}));
  }
}

/**
 * The report as a Word document: Title, Heading 1 and Heading 2 styles (so Word's navigation pane
 * shows the survey's structure), real bulleted and numbered lists, and the form's tables.
 */
export async function renderReportDocx(outline: TReportOutline, meta: ReportDocxMeta): Promise<Buffer> {
  const writer = new DocxWriter();
  for (const node of outline) writer.write(node);
  const document = new Document({
    creator: 'GCM Review Tracker',
    title: meta.title,
    description: meta.description,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 } },
        title: {
          run: { font: 'Calibri', size: 48, bold: true, color: '1F3864' },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: {
          run: { font: 'Calibri', size: 30, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, outlineLevel: 0 },
        },
        heading2: {
          run: { font: 'Calibri', size: 24, bold: true, color: '2F5496' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 1 },
        },
        heading3: {
          run: { font: 'Calibri', size: 22, bold: true, color: '2F5496' },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, outlineLevel: 2 },
        },
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 28, color: '595959' },
          paragraph: { spacing: { after: 240 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 397 } } },
            },
          ],
        },
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 397 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    color: '595959',
                    children: [`${meta.title} — page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: writer.children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

export interface CompiledReport {
  fileName: string;
  bytes: Buffer;
  sha256: string;
}

/** The report of `input` as the .docx that is downloaded or sent, with its SHA-256. */
export async function compileReport(input: TReportInput): Promise<CompiledReport> {
  const bytes = await renderReportDocx(buildReportOutline(input), {
    title: submissionSubject(input),
    description: `Voluntary GCM Review of ${input.country} (${input.cycle}), compiled by the GCM Review Tracker`,
  });
  return { fileName: reportFileName(input), bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
