import { ESCAP_GCM_REVIEW_2020, questionByCode } from '@gcm/domain';

const DEFAULT_TARGET_WORDS = 500;

/** The survey's guidance for a question (word target and what to cover), from the catalogue. */
export function questionGuidance(code: string): { targetWords: number; text: string | null } {
  const question = questionByCode(ESCAP_GCM_REVIEW_2020, code);
  return {
    targetWords: question?.guidance.targetWords ?? DEFAULT_TARGET_WORDS,
    text: question?.guidance.text ?? null,
  };
}
