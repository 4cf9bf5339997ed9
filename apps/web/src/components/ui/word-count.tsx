import { countWords, wordGuidance } from '@gcm/domain';
import { useT } from '../../lib/i18n/use-t';

/** "312 / ~500 words", counted as the person types, with how it compares to the survey's target. */
export function WordCount({ text, target, id }: { text: string; target: number; id?: string }) {
  const t = useT();
  const guidance = wordGuidance(countWords(text), target);
  return (
    <p className={`word-count word-count--${guidance.level}`} id={id} data-testid="word-count">
      <strong>{t('ui.words.count', { count: guidance.count, target: guidance.target })}</strong>{' '}
      <span className="muted">({t(`ui.words.${guidance.level}`)})</span>
    </p>
  );
}
