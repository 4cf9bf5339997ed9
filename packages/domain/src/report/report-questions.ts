import { templateByKey } from '../catalogue';
import type { TQuestionTemplate } from '../catalogue/catalogue.schemas';
import type { TReportInput, TReportQuestion } from './report.schemas';

/** The survey asks for "about 500 words per question" when the template does not say otherwise. */
export const DEFAULT_TARGET_WORDS = 500;

export interface TOrderedReportQuestion {
  question: TReportQuestion;
  /** False when the template has the question but the input does not (it is shown as unanswered). */
  provided: boolean;
  targetWords: number;
}

/** 1a–4d by cluster and letter, then 5–10, for questions the template does not know. */
function codeRank(code: string): number {
  const letter = /^(\d+)([a-z])$/.exec(code);
  if (letter) return Number(letter[1]) * 10 + (letter[2] ?? 'a').charCodeAt(0) - 96;
  return 1000 + Number(code);
}

function fromTemplate(template: TQuestionTemplate): TReportQuestion {
  return {
    code: template.code,
    prompt: template.prompt,
    clusterNumber: template.clusterNumber,
    answerKind: template.answerKind,
    status: 'draft',
    body: '',
  };
}

/**
 * The report's questions in survey order: every question of the template (those the input lacks are
 * added unanswered), then any other question of the input. A question given twice counts once (the first).
 */
export function reportQuestions(input: TReportInput): TOrderedReportQuestion[] {
  const templates = templateByKey(input.templateKey)?.questions ?? [];
  const byCode = new Map<string, TReportQuestion>();
  for (const question of input.questions) {
    if (!byCode.has(question.code)) byCode.set(question.code, question);
  }

  const ordered: TOrderedReportQuestion[] = [];
  for (const template of [...templates].sort((a, b) => a.order - b.order)) {
    const question = byCode.get(template.code);
    byCode.delete(template.code);
    ordered.push({
      question: question ?? fromTemplate(template),
      provided: question !== undefined,
      targetWords: template.guidance.targetWords,
    });
  }
  const extra = [...byCode.values()].sort((a, b) => codeRank(a.code) - codeRank(b.code));
  for (const question of extra) {
    ordered.push({ question, provided: true, targetWords: DEFAULT_TARGET_WORDS });
  }
  return ordered;
}
