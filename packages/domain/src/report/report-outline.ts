import { DateTime } from 'luxon';
import { GCM_OBJECTIVES, GUIDING_PRINCIPLES, objectiveByNumber } from '../catalogue';
import { headedSections } from '../questionnaires/questionnaire';
import type { TQuestionnaire } from '../questionnaires/questionnaire.schemas';
import { answerToPlainText, parseAnswerText } from './answer-text';
import {
  PRINCIPLES_TABLE_HEADER,
  PRIORITY_TABLE_HEADER,
  type TReportAttachment,
  type TReportAttachmentItem,
  type TReportInput,
  type TReportOutline,
  type TReportOutlineNode,
  type TReportQuestion,
  type TTextBlock,
} from './report.schemas';
import { reportQuestions } from './report-questions';

/** The title of the ESCAP 2020 document; a questionnaire names its own (document.title). */
export const REPORT_TITLE = 'Voluntary GCM Review';

export const NOT_APPLICABLE_TEXT = 'Not applicable';
export const NO_ANSWER_TEXT = 'No answer';

/** Anchors of the report's fixed sections (for links from the completeness list and docx bookmarks). */
export const REPORT_ANCHORS = {
  contact: 'contact',
  consent: 'consent',
  instructions: 'instructions',
  annex: 'annex',
  votes: 'votes',
  attachments: 'attachments',
} as const;

export function clusterAnchor(clusterNumber: number): string {
  return `cluster-${clusterNumber}`;
}

export function questionAnchor(code: string): string {
  return `question-${code}`;
}

/** "12 November 2020". */
function formatDate(isoDate: string): string {
  return DateTime.fromISO(isoDate, { zone: 'UTC' }).setLocale('en-GB').toFormat('d LLLL yyyy');
}

/** "Amended version 2 — 12 November 2020" (without the date when none is given). */
export function amendmentLabel(version: number, issuedOn?: string): string {
  return issuedOn ? `Amended version ${version} — ${formatDate(issuedOn)}` : `Amended version ${version}`;
}

/** The State's answer on publication, in the questionnaire's words. */
export function consentText(questionnaire: TQuestionnaire, consentToPublish: boolean | null): string {
  if (consentToPublish === null) return questionnaire.consent.notChosen;
  return consentToPublish ? questionnaire.consent.yes : questionnaire.consent.no;
}

/** The contact block in the form's order. */
export function contactRows(input: TReportInput): [string, string][] {
  const { contact } = input;
  return [
    ['Country', contact.country.trim() || input.country],
    ['Office', contact.office],
    ['Name', contact.name],
    ['Title/Position', contact.title],
    ['E-mail', contact.email],
    ['Telephone', contact.telephone],
    ['Mailing address', contact.mailingAddress],
  ];
}

/** "Answers to question 1b" when an attachment has no description of its own. */
export function attachmentDescription(attachment: TReportAttachment): string {
  const description = attachment.description.trim();
  if (description) return description;
  if (attachment.questionCode) return `Answers to question ${attachment.questionCode}`;
  return attachment.fileName;
}

/** Collects text blocks and emits them as one paragraph node before the next node of another kind. */
class OutlineWriter {
  readonly nodes: TReportOutlineNode[] = [];
  private pending: TTextBlock[] = [];

  text(blocks: readonly TTextBlock[]): void {
    this.pending.push(...blocks);
  }

  node(node: TReportOutlineNode): void {
    this.flush();
    this.nodes.push(node);
  }

  heading(level: 1 | 2 | 3, text: string, anchor: string): void {
    this.node({ kind: 'heading', level, text, anchor });
  }

  flush(): void {
    if (this.pending.length > 0) this.nodes.push({ kind: 'paragraph', blocks: this.pending });
    this.pending = [];
  }
}

function writeContact(out: OutlineWriter, input: TReportInput): void {
  out.heading(2, input.questionnaire.document.headings.contact, REPORT_ANCHORS.contact);
  out.node({ kind: 'contact', rows: contactRows(input) });
}

function writeConsent(out: OutlineWriter, input: TReportInput): void {
  out.heading(2, input.questionnaire.document.headings.consent, REPORT_ANCHORS.consent);
  out.node({ kind: 'consent', text: consentText(input.questionnaire, input.consentToPublish) });
}

/**
 * The questionnaire's introduction, with the contact block after its "contact" paragraph and the
 * consent after its "consent" paragraph (at the end when the introduction has none).
 */
function writeIntroduction(out: OutlineWriter, input: TReportInput): void {
  const { introduction, instructions, document } = input.questionnaire;
  for (const block of introduction) {
    if (block.kind === 'contact') out.heading(2, document.headings.contact, REPORT_ANCHORS.contact);
    if (block.kind === 'consent') out.heading(2, document.headings.consent, REPORT_ANCHORS.consent);
    out.text(parseAnswerText(block.text));
    if (block.kind === 'contact') out.node({ kind: 'contact', rows: contactRows(input) });
    if (block.kind === 'consent') {
      out.node({ kind: 'consent', text: consentText(input.questionnaire, input.consentToPublish) });
    }
  }
  if (!introduction.some((block) => block.kind === 'contact')) writeContact(out, input);
  if (!introduction.some((block) => block.kind === 'consent')) writeConsent(out, input);

  if (instructions.length > 0) {
    out.heading(2, document.headings.instructions, REPORT_ANCHORS.instructions);
    out.text(instructions.map((text) => ({ kind: 'paragraph', text })));
  }
}

function hasPrincipleAnswer(question: TReportQuestion): boolean {
  return (question.principles ?? []).some(
    (principle) => principle.integrated !== null || principle.explanation.trim().length > 0,
  );
}

function writePrinciplesTable(out: OutlineWriter, question: TReportQuestion): void {
  const answers = new Map((question.principles ?? []).map((principle) => [principle.key, principle]));
  out.node({
    kind: 'principles-table',
    header: [...PRINCIPLES_TABLE_HEADER],
    rows: GUIDING_PRINCIPLES.map((principle) => {
      const answer = answers.get(principle.key);
      const integrated = answer?.integrated;
      return {
        principle: principle.title,
        integrated: integrated === true ? 'yes' : integrated === false ? 'no' : '',
        explanation: answer?.explanation.trim() ?? '',
      };
    }),
  });
}

function writePriorityTable(out: OutlineWriter, question: TReportQuestion): void {
  const header: [string, string] =
    question.answer.kind === 'priority_objectives'
      ? [...question.answer.columns]
      : [...PRIORITY_TABLE_HEADER];
  out.node({
    kind: 'priority-table',
    header,
    rows: (question.priorities ?? []).map((priority): [string, string] => {
      const title = priority.title.trim() || objectiveByNumber(priority.objective)?.title || '';
      return [`${priority.objective}. ${title}`.trim(), priority.reason.trim()];
    }),
  });
}

/** A table answer's rows that have any text, as cells in the columns' order. */
export function tableRows(question: TReportQuestion): string[][] {
  if (question.answer.kind !== 'table') return [];
  const { columns } = question.answer;
  return (question.rows ?? [])
    .map((row) => columns.map((column) => (row[column.key] ?? '').trim()))
    .filter((cells) => cells.some((cell) => cell.length > 0));
}

function writeTable(out: OutlineWriter, question: TReportQuestion): void {
  if (question.answer.kind !== 'table') return;
  out.node({
    kind: 'table',
    header: question.answer.columns.map((column) => column.title),
    rows: tableRows(question),
  });
}

/** The answer under a question heading: its text, its table (principles, priorities, columns), or a note. */
function writeAnswer(out: OutlineWriter, question: TReportQuestion): void {
  if (question.status === 'not_applicable') {
    out.node({ kind: 'note', text: NOT_APPLICABLE_TEXT });
    return;
  }
  const blocks = parseAnswerText(question.body);
  const table =
    question.answerKind === 'principles_checklist'
      ? hasPrincipleAnswer(question)
      : question.answerKind === 'priority_objectives'
        ? (question.priorities ?? []).length > 0
        : question.answerKind === 'table'
          ? tableRows(question).length > 0
          : false;
  if (blocks.length === 0 && !table) {
    out.node({ kind: 'note', text: NO_ANSWER_TEXT });
    return;
  }
  out.text(blocks);
  if (table && question.answerKind === 'principles_checklist') writePrinciplesTable(out, question);
  if (table && question.answerKind === 'priority_objectives') writePriorityTable(out, question);
  if (table && question.answerKind === 'table') writeTable(out, question);
  out.flush();
}

/** The nodes a question's answer is written as under its heading (text, table, or a note). */
export function answerNodes(question: TReportQuestion): TReportOutlineNode[] {
  const out = new OutlineWriter();
  writeAnswer(out, question);
  out.flush();
  return out.nodes;
}

function objectiveItems(numbers: readonly number[]): { number: number; title: string }[] {
  return numbers.map((number) => ({ number, title: objectiveByNumber(number)?.title ?? '' }));
}

/** "Vote “…”: 14 ballots; SHA-256 of the ballot set: …", under the annex (docs/administration.md, recounting). */
function writeBallotSets(out: OutlineWriter, input: TReportInput, level: 1 | 2): void {
  const sets = input.ballotSets ?? [];
  if (sets.length === 0) return;
  out.heading(level, 'Prioritisation votes', REPORT_ANCHORS.votes);
  out.text([
    {
      kind: 'paragraph',
      text: 'Each vote can be recounted from its anonymised ballot export: the SHA-256 of the canonical ballot set must match.',
    },
    ...sets.map(
      (set): TTextBlock => ({
        kind: 'paragraph',
        text: `Vote “${set.title}”: ${set.ballotsCast} ballot${set.ballotsCast === 1 ? '' : 's'} cast; SHA-256 of the ballot set: ${set.sha256}`,
      }),
    ),
  ]);
  out.flush();
}

/**
 * The report's structure in the survey's own order, independent of the output format: the API
 * renders it to .docx, the web app previews it.
 */
export function buildReportOutline(input: TReportInput): TReportOutline {
  const out = new OutlineWriter();
  const questions = reportQuestions(input).map((entry) => entry.question);

  const { questionnaire } = input;
  const { document } = questionnaire;
  out.node({
    kind: 'title',
    text: document.title,
    subtitle: [input.country.trim(), String(input.cycle)].filter((part) => part.length > 0).join(' — '),
  });
  if (input.version > 1) {
    out.node({ kind: 'note', text: amendmentLabel(input.version, input.issuedOn) });
    out.text(parseAnswerText(input.amendmentNote ?? ''));
    out.flush();
  }

  writeIntroduction(out, input);

  // Questions in order; a headed section's heading (and its objectives) before its first question.
  const sections = new Map(headedSections(questionnaire).map((section) => [section.key, section]));
  let current: string | null = null;
  for (const question of questions) {
    const section = sections.get(question.sectionKey);
    if (!section) {
      current = null;
      out.heading(1, `${question.code}. ${question.prompt}`, questionAnchor(question.code));
      writeAnswer(out, question);
      continue;
    }
    if (current !== section.key) {
      current = section.key;
      out.heading(1, `${section.number}. ${section.title}`, clusterAnchor(section.number));
      if (document.sectionObjectives && section.objectives.length > 0) {
        out.text([{ kind: 'paragraph', text: `GCM Objectives: ${section.objectives.join(', ')}` }]);
        out.node({ kind: 'objective-list', items: objectiveItems(section.objectives) });
      }
    }
    out.heading(2, `${question.code}. ${question.prompt}`, questionAnchor(question.code));
    writeAnswer(out, question);
  }

  if (document.annex) {
    const { annex } = document;
    const numbers =
      annex.objectives.length > 0 ? annex.objectives : GCM_OBJECTIVES.map(({ number }) => number);
    out.heading(1, annex.title, REPORT_ANCHORS.annex);
    if (annex.introduction.trim()) out.text([{ kind: 'paragraph', text: annex.introduction }]);
    out.node({ kind: 'objective-list', items: objectiveItems(numbers) });
  }
  writeBallotSets(out, input, document.annex ? 2 : 1);

  if (input.attachments.length > 0) {
    out.heading(1, document.attachmentsTitle, REPORT_ANCHORS.attachments);
    const items: TReportAttachmentItem[] = [...input.attachments]
      .sort((a, b) => a.number - b.number || a.fileName.localeCompare(b.fileName))
      .map((attachment) => ({
        number: attachment.number,
        fileName: attachment.fileName,
        description: attachmentDescription(attachment),
      }));
    out.node({ kind: 'attachments', items });
  }

  out.flush();
  return out.nodes;
}

function nodeToPlainText(node: TReportOutlineNode): string {
  switch (node.kind) {
    case 'title':
      return node.subtitle ? `${node.text}\n${node.subtitle}` : node.text;
    case 'heading':
      return node.text;
    case 'paragraph':
      return answerToPlainText(node.blocks);
    case 'contact':
      return node.rows.map(([label, value]) => `${label}: ${value}`.trimEnd()).join('\n');
    case 'consent':
    case 'note':
      return node.text;
    case 'principles-table':
      return [node.header, ...node.rows.map((row) => [row.principle, row.integrated, row.explanation])]
        .map((cells) => cells.join('\t').trimEnd())
        .join('\n');
    case 'priority-table':
    case 'table':
      return [node.header, ...node.rows].map((cells) => cells.join('\t').trimEnd()).join('\n');
    case 'objective-list':
      return node.items.map((item) => `${item.number}. ${item.title}`).join('\n');
    case 'attachments':
      return node.items.map((item) => `Attachment ${item.number} — ${item.description}`).join('\n');
  }
}

/** The report as plain text, one node after another separated by blank lines (preview, tests). */
export function outlineToPlainText(outline: TReportOutline): string {
  return outline
    .map(nodeToPlainText)
    .filter((text) => text.length > 0)
    .join('\n\n');
}
