import { questionnaireQuestions } from '../questionnaires/questionnaire';
import type { TFlatQuestion } from '../questionnaires/questionnaire.schemas';
import type { TReportInput, TReportQuestion } from './report.schemas';

/** The survey asks for "about 500 words per question" when the template does not say otherwise. */
export const DEFAULT_TARGET_WORDS = 500;

export interface TOrderedReportQuestion {
  question: TReportQuestion;
  /** False when the questionnaire has the question but the input does not (it is shown as unanswered). */
  provided: boolean;
  targetWords: number;
}

/** An unanswered question as the questionnaire asks it. */
export function reportQuestionFromQuestionnaire(question: TFlatQuestion): TReportQuestion {
  return {
    code: question.code,
    order: question.order,
    sectionKey: question.sectionKey,
    prompt: question.prompt,
    clusterNumber: question.sectionNumber,
    answerKind: question.answer.kind,
    answer: question.answer,
    targetWords: question.guidance.targetWords,
    status: 'draft',
    body: '',
  };
}

/**
 * The report's questions in the questionnaire's order: the review's questions by their position,
 * with every question of the questionnaire the input lacks added unanswered at its own position. A
 * code given twice counts once (the first).
 */
export function reportQuestions(
  input: Pick<TReportInput, 'questions' | 'questionnaire'>,
): TOrderedReportQuestion[] {
  const byCode = new Map<string, TReportQuestion>();
  for (const question of input.questions) {
    if (!byCode.has(question.code)) byCode.set(question.code, question);
  }
  const entries: { rank: number; entry: TOrderedReportQuestion }[] = [...byCode.values()].map((question) => ({
    rank: question.order,
    entry: { question, provided: true, targetWords: question.targetWords },
  }));
  for (const question of questionnaireQuestions(input.questionnaire)) {
    if (byCode.has(question.code)) continue;
    entries.push({
      // After a provided question of the same position, so the review's own order wins.
      rank: question.order + 0.5,
      entry: {
        question: reportQuestionFromQuestionnaire(question),
        provided: false,
        targetWords: question.guidance.targetWords,
      },
    });
  }
  return entries.sort((a, b) => a.rank - b.rank).map(({ entry }) => entry);
}
