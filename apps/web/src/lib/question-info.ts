import type { TReviewDetail, TReviewQuestion } from '@gcm/domain';
import { useReview } from './api/get-review';

const DEFAULT_TARGET_WORDS = 500;

/** Every question of the review in reading order: the headed sections' first, then the others. */
export function reviewQuestions(review: TReviewDetail): TReviewQuestion[] {
  return [...review.clusters.flatMap((cluster) => cluster.questions), ...review.generalQuestions].sort(
    (a, b) => a.order - b.order,
  );
}

/** The review's own copy of a question (as its coordinator tailored it), or undefined. */
export function reviewQuestion(review: TReviewDetail, code: string): TReviewQuestion | undefined {
  return reviewQuestions(review).find((question) => question.code === code);
}

/**
 * The guidance of a question as the review asks it (word target and what to cover): from the
 * review's own copy of its questionnaire, which the coordinator may have reworded. Until the review
 * is loaded (or for an unknown code) the usual target of 500 words and no text.
 */
export function useQuestionGuidance(
  reviewId: string,
  code: string,
): { targetWords: number; text: string | null } {
  const { data: review } = useReview(reviewId);
  const question = review ? reviewQuestion(review, code) : undefined;
  return {
    targetWords: question?.targetWords ?? DEFAULT_TARGET_WORDS,
    text: question?.guidance ? question.guidance : null,
  };
}

/**
 * The heading of the questions outside the headed sections, from their codes, in the person's
 * language (`t` of useT): "Questions 5–10" for the 2020 survey (national questions added among them
 * do not change it), "Question 5" for one, "Other questions" when the questionnaire itself has none
 * there.
 */
export function generalQuestionsTitle(
  t: (
    id: 'ui.questions.generalOther' | 'ui.questions.generalOne' | 'ui.questions.generalRange',
    values?: Record<string, string>,
  ) => string,
  questions: readonly TReviewQuestion[],
): string {
  const own = questions.filter((question) => !question.national);
  const first = own[0];
  const last = own[own.length - 1];
  if (!first || !last) return t('ui.questions.generalOther');
  return first === last
    ? t('ui.questions.generalOne', { code: first.code })
    : t('ui.questions.generalRange', { first: first.code, last: last.code });
}

/** The question the finalised prioritisation vote answers (ESCAP 2020: question 7), if the review has one. */
export function priorityQuestion(review: TReviewDetail): TReviewQuestion | undefined {
  return reviewQuestions(review).find((question) => question.answerKind === 'priority_objectives');
}

/** The two headings of a priority-objectives question's table, or undefined for another kind. */
export function priorityColumns(
  question: TReviewQuestion | undefined,
): readonly [string, string] | undefined {
  return question?.answer.kind === 'priority_objectives' ? question.answer.columns : undefined;
}
