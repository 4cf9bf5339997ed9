import { DateTime } from 'luxon';
import { CLUSTERS, GCM_OBJECTIVES, GUIDING_PRINCIPLES, objectiveByNumber, templateByKey } from '../catalogue';
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

export const REPORT_TITLE = 'Voluntary GCM Review';

export const CONSENT_TEXT = {
  yes: 'Yes, the report may be shared at the IMRF/regional reviews site of the UN Network on Migration',
  no: 'No, the report may not be shared at the IMRF/regional reviews site of the UN Network on Migration',
  notChosen: 'Not chosen',
} as const;

export const NOT_APPLICABLE_TEXT = 'Not applicable';
export const NO_ANSWER_TEXT = 'No answer';

export const ANNEX_INTRODUCTION =
  'Global Compact for Safe, Orderly and Regular Migration - Objectives for safe, orderly and regular migration (GA resolution 73/195)';

/** Anchors of the report's fixed sections (for links from the completeness list and docx bookmarks). */
export const REPORT_ANCHORS = {
  contact: 'contact',
  consent: 'consent',
  instructions: 'instructions',
  annex: 'annex',
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

export function consentText(consentToPublish: boolean | null): string {
  if (consentToPublish === null) return CONSENT_TEXT.notChosen;
  return consentToPublish ? CONSENT_TEXT.yes : CONSENT_TEXT.no;
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
  out.heading(2, 'Coordinating office', REPORT_ANCHORS.contact);
  out.node({ kind: 'contact', rows: contactRows(input) });
}

function writeConsent(out: OutlineWriter, input: TReportInput): void {
  out.heading(2, 'Consent to publish', REPORT_ANCHORS.consent);
  out.node({ kind: 'consent', text: consentText(input.consentToPublish) });
}

/** The introduction of the form, with the contact block and the consent where the form asks for them. */
function writeIntroduction(out: OutlineWriter, input: TReportInput): void {
  const template = templateByKey(input.templateKey);
  const introduction = template ? parseAnswerText(template.introduction) : [];
  const textOf = (block: TTextBlock): string => (block.kind === 'paragraph' ? block.text : '');
  const contactAt = introduction.findIndex((block) => /identify the office/i.test(textOf(block)));
  const consentAt = introduction.findIndex((block) => /willing to share your report/i.test(textOf(block)));

  introduction.forEach((block, index) => {
    if (index === contactAt) out.heading(2, 'Coordinating office', REPORT_ANCHORS.contact);
    if (index === consentAt) out.heading(2, 'Consent to publish', REPORT_ANCHORS.consent);
    out.text([block]);
    if (index === contactAt) out.node({ kind: 'contact', rows: contactRows(input) });
    if (index === consentAt) out.node({ kind: 'consent', text: consentText(input.consentToPublish) });
  });
  if (contactAt < 0) writeContact(out, input);
  if (consentAt < 0) writeConsent(out, input);

  if (template && template.instructions.length > 0) {
    out.heading(2, 'Instructions', REPORT_ANCHORS.instructions);
    out.text(template.instructions.map((text) => ({ kind: 'paragraph', text })));
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
  out.node({
    kind: 'priority-table',
    header: [...PRIORITY_TABLE_HEADER],
    rows: (question.priorities ?? []).map((priority): [string, string] => {
      const title = priority.title.trim() || objectiveByNumber(priority.objective)?.title || '';
      return [`${priority.objective}. ${title}`.trim(), priority.reason.trim()];
    }),
  });
}

/** The answer under a question heading: its text, the question 5 or 7 table, or a note. */
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
        : false;
  if (blocks.length === 0 && !table) {
    out.node({ kind: 'note', text: NO_ANSWER_TEXT });
    return;
  }
  out.text(blocks);
  if (table && question.answerKind === 'principles_checklist') writePrinciplesTable(out, question);
  if (table && question.answerKind === 'priority_objectives') writePriorityTable(out, question);
  out.flush();
}

function objectiveItems(numbers: readonly number[]): { number: number; title: string }[] {
  return numbers.map((number) => ({ number, title: objectiveByNumber(number)?.title ?? '' }));
}

/**
 * The report's structure in the survey's own order, independent of the output format: the API
 * renders it to .docx, the web app previews it.
 */
export function buildReportOutline(input: TReportInput): TReportOutline {
  const out = new OutlineWriter();
  const questions = reportQuestions(input).map((entry) => entry.question);

  out.node({
    kind: 'title',
    text: REPORT_TITLE,
    subtitle: [input.country.trim(), String(input.cycle)].filter((part) => part.length > 0).join(' — '),
  });
  if (input.version > 1) {
    out.node({ kind: 'note', text: amendmentLabel(input.version, input.issuedOn) });
    out.text(parseAnswerText(input.amendmentNote ?? ''));
    out.flush();
  }

  writeIntroduction(out, input);

  for (const cluster of CLUSTERS) {
    out.heading(1, `${cluster.number}. ${cluster.title}`, clusterAnchor(cluster.number));
    out.text([{ kind: 'paragraph', text: `GCM Objectives: ${cluster.objectiveNumbers.join(', ')}` }]);
    out.node({ kind: 'objective-list', items: objectiveItems(cluster.objectiveNumbers) });
    for (const question of questions.filter((q) => q.clusterNumber === cluster.number)) {
      out.heading(2, `${question.code}. ${question.prompt}`, questionAnchor(question.code));
      writeAnswer(out, question);
    }
  }

  const known = new Set(CLUSTERS.map((cluster) => cluster.number));
  for (const question of questions.filter((q) => q.clusterNumber === null || !known.has(q.clusterNumber))) {
    out.heading(1, `${question.code}. ${question.prompt}`, questionAnchor(question.code));
    writeAnswer(out, question);
  }

  out.heading(1, 'Annex', REPORT_ANCHORS.annex);
  out.text([{ kind: 'paragraph', text: ANNEX_INTRODUCTION }]);
  out.node({ kind: 'objective-list', items: GCM_OBJECTIVES.map(({ number, title }) => ({ number, title })) });

  if (input.attachments.length > 0) {
    out.heading(1, 'Attachments', REPORT_ANCHORS.attachments);
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
