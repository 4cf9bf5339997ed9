import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { GUIDING_PRINCIPLES, type TAnswer, ZAnswer } from '@gcm/domain';
import { MONGOLIA_ANSWERS, MONGOLIA_PRINCIPLE_EXPLANATIONS } from '@gcm/domain/testing';
import { strFromU8, unzipSync } from 'fflate';
import type request from 'supertest';

export { MONGOLIA_ANSWERS };

/** The twelve priority objectives of Mongolia's question 7, with the survey's reasons (first sentences). */
export const SURVEY_PRIORITIES: readonly { objective: number; reason: string }[] = [
  {
    objective: 1,
    reason:
      'The issue of accurate and disaggregated data on internal and international migration poses an issue in Mongolia, especially due to citizens’ reluctance of registration in the change of address of internal migrants.',
  },
  {
    objective: 2,
    reason:
      'The main drivers of migration in Mongolia are the people’s need for employment and educational opportunities, better living conditions, and an improved way of life.',
  },
  {
    objective: 3,
    reason:
      'The Government of Mongolia receives support from IOM Mongolia on the accurate collection of relevant information and data on various stages of internal and international migration.',
  },
  {
    objective: 7,
    reason:
      'Migration, especially internal migration from rural-urban settings, is becoming an increasingly important issue for the Government of Mongolia.',
  },
  {
    objective: 10,
    reason:
      'The Government of Mongolia is making significant efforts in combating trafficking in persons in the context of international migration.',
  },
  {
    objective: 11,
    reason:
      'The Department of Border Protection is making significant efforts in improving the issue of border management and monitoring of border crossings.',
  },
  {
    objective: 14,
    reason:
      'The Ministry of Foreign Affairs and its Consular Department has made significant achievements in enhancing consular services, protection, and international cooperation throughout the migration cycle.',
  },
  {
    objective: 15,
    reason:
      'With increasing internal migration and the reluctance of migrants to register their new addresses at the registration department creates problems for obtaining basic services.',
  },
  {
    objective: 18,
    reason:
      'Mongolian migrants who migrated out and back to Mongolia face employment issues, even though the majority have finished tertiary education.',
  },
  {
    objective: 19,
    reason:
      'With over 190 thousand Mongolians living abroad and internal migrants increasingly migrating to urban settings in Mongolia, there is a need to establish a system and a legal environment where Mongolian diaspora and internal migrants can fully contribute to sustainable development.',
  },
  {
    objective: 20,
    reason:
      'Obj. 20 is one of the main priority objectives for the Government of Mongolia, as the issue of remittance is a priority for Mongolians living abroad, who continuously transfer money back home.',
  },
  {
    objective: 22,
    reason:
      'Mongolians living and working abroad are not able to fully exercise their rights and receive essential social services in Mongolia due to the lack of availability of online services.',
  },
];

/** Question 5 as Mongolia answered it: every principle integrated, with an explanation. */
export function surveyPrinciples(): { key: string; integrated: boolean; explanation: string }[] {
  return GUIDING_PRINCIPLES.map((principle) => ({
    key: principle.key,
    integrated: true,
    explanation: MONGOLIA_PRINCIPLE_EXPLANATIONS[principle.key],
  }));
}

export const QUESTION_CODES = [
  ...['1', '2', '3', '4'].flatMap((cluster) => ['a', 'b', 'c', 'd'].map((letter) => `${cluster}${letter}`)),
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
] as const;

/** The first paragraph of Mongolia's answer to a question (none of them refers to an attachment). */
export function firstParagraph(code: string): string {
  return (MONGOLIA_ANSWERS[code] ?? '').split('\n\n')[0] ?? '';
}

/** Saves the answer to one question, from whatever version is stored. */
export async function saveAnswer(
  agent: request.Agent,
  reviewId: string,
  code: string,
  change: { body: string; status?: 'draft' | 'final' | 'not_applicable'; data?: unknown },
): Promise<TAnswer> {
  const url = `/api/reviews/${reviewId}/questions/${code}`;
  const current = ZAnswer.parse((await agent.get(`${url}/consolidation`).expect(200)).body.answer);
  const response = await agent.put(`${url}/answer`).send({ baseVersion: current.version, ...change });
  if (response.status !== 200) {
    throw new Error(`Saving ${code} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return ZAnswer.parse(response.body);
}

/** Every answer final with Mongolia's text (first paragraphs), question 5's ticks and question 7's table. */
export async function answerEverything(
  agent: request.Agent,
  reviewId: string,
  body: (code: string) => string = firstParagraph,
): Promise<void> {
  for (const code of QUESTION_CODES) {
    const data =
      code === '5'
        ? { principles: surveyPrinciples() }
        : code === '7'
          ? { priorities: SURVEY_PRIORITIES }
          : undefined;
    await saveAnswer(agent, reviewId, code, { body: body(code), status: 'final', data });
  }
}

export interface DocxParagraph {
  style: string;
  text: string;
  /** A list item (bulleted or numbered). */
  listItem: boolean;
}

export interface DocxContent {
  /** Every paragraph in reading order, those in table cells included. */
  paragraphs: DocxParagraph[];
  /** Each table as rows of cell texts. */
  tables: string[][][];
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
    .map((match) => (match[0] === '<w:tab/>' ? '\t' : (match[1] ?? '')))
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** One part of a .docx (a zip), e.g. "word/styles.xml", as text. */
export function readDocxPart(bytes: Buffer, name: string): string {
  const part = unzipSync(new Uint8Array(bytes))[name];
  if (!part) throw new Error(`Not a Word document: ${name} is missing`);
  return strFromU8(part);
}

/** Reads a .docx back: word/document.xml unzipped and split into paragraphs and tables. */
export function readDocx(bytes: Buffer): DocxContent {
  const xml = readDocxPart(bytes, 'word/document.xml');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
    listItem: p.includes('<w:numPr>'),
    text: textOf(p),
  }));
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) =>
    [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
      [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) =>
        [...cell.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => textOf(p)).join('\n'),
      ),
    ),
  );
  return { paragraphs, tables };
}

/** The index of the heading paragraph of a question ("2b. Please highlight …"). */
export function questionHeadingIndex(content: DocxContent, code: string): number {
  return content.paragraphs.findIndex((p) => /^Heading[12]$/.test(p.style) && p.text.startsWith(`${code}. `));
}

/** The paragraphs between a question's heading and the next heading of level 1 or 2. */
export function sectionOf(content: DocxContent, code: string): DocxParagraph[] {
  const start = questionHeadingIndex(content, code);
  if (start < 0) return [];
  const rest = content.paragraphs.slice(start + 1);
  const end = rest.findIndex((p) => /^Heading[12]$/.test(p.style));
  return end < 0 ? rest : rest.slice(0, end);
}

const run = promisify(execFile);

/**
 * Opens a .docx in LibreOffice and returns the PDF it converts it to; null (with a warning) when
 * LibreOffice is not installed, which CI treats as a failure.
 */
export async function convertDocxToPdf(docx: Buffer, baseName: string): Promise<Buffer | null> {
  const soffice = (await run('sh', ['-c', 'command -v soffice || true'])).stdout.trim();
  if (!soffice) {
    if (process.env.CI)
      throw new Error('LibreOffice (soffice) is required in CI: apt-get install libreoffice-writer-nogui');
    console.warn(
      'LibreOffice (soffice) is not installed: the .docx was not opened in it (apt-get install libreoffice-writer-nogui)',
    );
    return null;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gcm-docx-'));
  try {
    const file = path.join(dir, `${baseName}.docx`);
    await writeFile(file, docx);
    // A profile of its own, so parallel test files never share a running LibreOffice.
    await run(
      soffice,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { timeout: 120_000 },
    );
    return await readFile(path.join(dir, `${baseName}.pdf`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
