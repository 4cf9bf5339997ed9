import type { TSurveyTemplate } from '@gcm/domain';
import type { Prisma } from './generated/prisma/client';

/** A review's own copy of a template's questions, so a later edition never changes a running review. */
export function questionRowsFromTemplate(
  template: TSurveyTemplate,
): Prisma.QuestionCreateWithoutReviewInput[] {
  return template.questions.map((question) => ({
    code: question.code,
    order: question.order,
    clusterNumber: question.clusterNumber,
    prompt: question.prompt,
    answerKind: question.answerKind,
    targetWords: question.guidance.targetWords,
    guidance: question.guidance.text,
  }));
}
