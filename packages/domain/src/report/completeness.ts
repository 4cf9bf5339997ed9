import { GUIDING_PRINCIPLES } from '../catalogue';
import { isInOtherLanguage, languageName } from '../i18n/language-tag';
import type { TContactBlock } from '../reviews/reviews.schemas';
import { countWords, wordGuidance } from '../text/word-count';
import { findAttachmentReferences, parseAnswerText } from './answer-text';
import type { TCompletenessItem, TCompletenessReport, TReportInput, TReportQuestion } from './report.schemas';
import { tableRows } from './report-outline';
import { reportQuestions } from './report-questions';

const CONTACT_FIELDS: readonly { field: keyof TContactBlock; label: string; level: 'error' | 'warning' }[] = [
  { field: 'country', label: 'Country', level: 'error' },
  { field: 'office', label: 'Office', level: 'error' },
  { field: 'name', label: 'Name', level: 'error' },
  { field: 'title', label: 'Title/Position', level: 'error' },
  { field: 'email', label: 'E-mail', level: 'error' },
  { field: 'telephone', label: 'Telephone', level: 'warning' },
  { field: 'mailingAddress', label: 'Mailing address', level: 'warning' },
];

const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

function isBlank(text: string | undefined): boolean {
  return (text ?? '').trim().length === 0;
}

/** Whether anything at all has been written for the question (text, a ticked principle, a priority). */
function hasContent(question: TReportQuestion): boolean {
  if (parseAnswerText(question.body).length > 0) return true;
  if (question.answerKind === 'principles_checklist') {
    return (question.principles ?? []).some((p) => p.integrated !== null || !isBlank(p.explanation));
  }
  if (question.answerKind === 'priority_objectives') return (question.priorities ?? []).length > 0;
  if (question.answerKind === 'table') return tableRows(question).length > 0;
  return false;
}

/** All the text of an answer that may refer to attachments. */
function answerTexts(question: TReportQuestion): string[] {
  return [
    question.body,
    ...(question.principles ?? []).map((principle) => principle.explanation),
    ...(question.priorities ?? []).map((priority) => priority.reason),
    ...tableRows(question).flat(),
  ];
}

function contactItems(input: TReportInput): TCompletenessItem[] {
  const items: TCompletenessItem[] = [];
  for (const { field, label, level } of CONTACT_FIELDS) {
    const value = field === 'country' ? input.contact.country || input.country : input.contact[field];
    if (isBlank(value)) {
      items.push({
        id: `contact:${field}`,
        level,
        message: `Contact block: ${label} is missing`,
        link: 'contact',
      });
    }
  }
  return items;
}

function principleItems(question: TReportQuestion): TCompletenessItem[] {
  const items: TCompletenessItem[] = [];
  const answers = new Map((question.principles ?? []).map((principle) => [principle.key, principle]));
  for (const principle of GUIDING_PRINCIPLES) {
    const answer = answers.get(principle.key);
    if (answer?.integrated === undefined || answer.integrated === null) {
      items.push({
        id: `principle-unanswered:${principle.key}`,
        level: 'error',
        message: `Question ${question.code}: mark whether “${principle.title}” has been integrated (yes or no)`,
        questionCode: question.code,
        link: 'question',
      });
    } else if (answer.integrated && isBlank(answer.explanation)) {
      items.push({
        id: `principle-explanation:${principle.key}`,
        level: 'warning',
        message: `Question ${question.code}: explain how “${principle.title}” has been integrated`,
        questionCode: question.code,
        link: 'question',
      });
    }
  }
  return items;
}

function priorityItems(question: TReportQuestion): TCompletenessItem[] {
  const priorities = question.priorities ?? [];
  if (!priorities.some((priority) => !isBlank(priority.reason))) {
    return [
      {
        id: `priorities-missing:${question.code}`,
        level: 'error',
        message: `Question ${question.code} names no priority objective with a reason`,
        questionCode: question.code,
        link: 'question',
      },
    ];
  }
  return priorities
    .filter((priority) => isBlank(priority.reason))
    .map((priority) => ({
      id: `priority-reason:${question.code}:${priority.objective}`,
      level: 'warning',
      message: `Question ${question.code}: give the reason for prioritising objective ${priority.objective}`,
      questionCode: question.code,
      link: 'question',
    }));
}

function lengthItems(question: TReportQuestion, targetWords: number): TCompletenessItem[] {
  const count = countWords(question.body);
  const guidance = wordGuidance(count, targetWords);
  if (guidance.level === 'ok') return [];
  return [
    {
      id: `length:${question.code}`,
      level: 'warning',
      message: `Question ${question.code} has ${count} ${plural(count, 'word', 'words')}; about ${targetWords} are expected`,
      questionCode: question.code,
      link: 'question',
    },
  ];
}

function referenceItems(question: TReportQuestion, attached: ReadonlySet<number>): TCompletenessItem[] {
  const referred = new Set(answerTexts(question).flatMap(findAttachmentReferences));
  return [...referred]
    .sort((a, b) => a - b)
    .filter((number) => !attached.has(number))
    .map((number) => ({
      id: `attachment-missing:${question.code}:${number}`,
      level: 'error',
      message: `Question ${question.code} refers to Attachment ${number}, which is not attached`,
      questionCode: question.code,
      link: 'attachments',
    }));
}

function questionItems(input: TReportInput): TCompletenessItem[] {
  const attached = new Set(input.attachments.map((attachment) => attachment.number));
  const items: TCompletenessItem[] = [];
  for (const { question, targetWords } of reportQuestions(input)) {
    if (question.status === 'not_applicable') continue;
    const { code } = question;
    if (!hasContent(question)) {
      items.push({
        id: `question-empty:${code}`,
        level: 'error',
        message: `Question ${code} has no answer`,
        questionCode: code,
        link: 'question',
      });
      continue;
    }
    if (question.status === 'draft') {
      items.push({
        id: `question-draft:${code}`,
        level: 'error',
        message: `Question ${code} is still a draft`,
        questionCode: code,
        link: 'question',
      });
    }
    if (question.language && isInOtherLanguage(question.language, input.questionnaire.language)) {
      items.push({
        id: `question-language:${code}`,
        level: 'warning',
        message: `Question ${code} is written in ${languageName(question.language)}, not in the language of the report (${languageName(input.questionnaire.language)}): translate it before submitting`,
        questionCode: code,
        link: 'question',
      });
    }
    if (question.answerKind === 'principles_checklist') items.push(...principleItems(question));
    else if (question.answerKind === 'priority_objectives') items.push(...priorityItems(question));
    else if (question.answerKind === 'narrative') items.push(...lengthItems(question, targetWords));
    items.push(...referenceItems(question, attached));
  }
  return items;
}

function numberingItems(input: TReportInput): TCompletenessItem[] {
  const numbers = input.attachments.map((attachment) => attachment.number).sort((a, b) => a - b);
  if (numbers.every((number, index) => number === index + 1)) return [];
  return [
    {
      id: 'attachments-numbering',
      level: 'warning',
      message: `Attachments should be numbered 1 to ${numbers.length} without gaps or repeats; they are numbered ${numbers.join(', ')}`,
      link: 'attachments',
    },
  ];
}

/**
 * What still stands between the compiled report and its submission. Errors block the submission
 * (`ready` is false), warnings are advice. Items come in the order of the document.
 */
export function checkCompleteness(input: TReportInput): TCompletenessReport {
  const items: TCompletenessItem[] = [...contactItems(input)];

  if (input.consentToPublish === null) {
    items.push({
      id: 'consent',
      level: 'error',
      message:
        'Choose whether the report may be shared at the IMRF/regional reviews site of the UN Network on Migration',
      link: 'consent',
    });
  }

  items.push(...questionItems(input), ...numberingItems(input));

  if (!input.recipients.to.some((address) => !isBlank(address))) {
    items.push({
      id: 'recipients:to',
      level: 'error',
      message: 'The report has no recipient: add at least one address under To',
      link: 'recipients',
    });
  }

  const open = input.openChangeRequests ?? 0;
  if (open > 0) {
    items.push({
      id: 'change-requests',
      level: 'error',
      message: `${open} ${plural(open, 'change request is', 'change requests are')} still open`,
      link: 'question',
    });
  }

  return { ready: !items.some((item) => item.level === 'error'), items };
}
