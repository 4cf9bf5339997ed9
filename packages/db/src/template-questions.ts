import { questionnaireQuestions, type TQuestionnaire } from '@gcm/domain';
import type { Prisma } from './generated/prisma/client';

/** A review's own copy of a questionnaire's questions, so a later edition never changes a running review. */
export function questionRowsFromTemplate(
  questionnaire: TQuestionnaire,
): Prisma.QuestionCreateWithoutReviewInput[] {
  return questionnaireQuestions(questionnaire).map((question) => ({
    code: question.code,
    order: question.order,
    clusterNumber: question.sectionNumber,
    sectionKey: question.sectionKey,
    prompt: question.prompt,
    answerKind: question.answer.kind,
    answerConfig: question.answer,
    targetWords: question.guidance.targetWords,
    guidance: question.guidance.text,
    objectives: question.objectives,
    draftFrom: question.draftFrom,
    carryFrom: question.carryFrom,
  }));
}
