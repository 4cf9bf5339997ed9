import { countWords, wordGuidance } from '@gcm/domain';

const LEVEL_TEXT = {
  short: 'less than half the suggested length',
  ok: 'about the suggested length',
  long: 'well over the suggested length',
} as const;

/** "312 / ~500 words", counted as the person types, with how it compares to the survey's target. */
export function WordCount({ text, target, id }: { text: string; target: number; id?: string }) {
  const guidance = wordGuidance(countWords(text), target);
  return (
    <p className={`word-count word-count--${guidance.level}`} id={id} data-testid="word-count">
      <strong>
        {guidance.count} / ~{guidance.target} words
      </strong>{' '}
      <span className="muted">({LEVEL_TEXT[guidance.level]})</span>
    </p>
  );
}
