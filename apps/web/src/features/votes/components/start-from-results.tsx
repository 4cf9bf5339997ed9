import { TextField } from '../../../components/ui/text-field';
import { useT } from '../../../lib/i18n/use-t';

/** "Start from the results": take the top n of the vote, and a warning when the cut-off splits a tie. */
export function StartFromResults({
  top,
  onTopChange,
  max,
  error,
  onApply,
  ties,
  cutoffRank,
}: {
  top: string;
  onTopChange: (value: string) => void;
  /** How many objectives the results rank. */
  max: number;
  error: string | undefined;
  onApply: () => void;
  /** Objectives left out though they tie with the last one in. */
  ties: readonly number[];
  cutoffRank: number | null;
}) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="start-title">
      <h2 id="start-title">{t('votes.start.title')}</h2>
      <div className="chips__add">
        <TextField
          label={t('votes.start.number')}
          error={error}
          hint={t('votes.start.hint')}
          className="input input--short"
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          value={top}
          onChange={onTopChange}
        />
        <button type="button" className="button button--secondary" onClick={onApply}>
          {t('votes.start.use', { top: top || '…' })}
        </button>
      </div>
      {ties.length > 0 ? (
        <p className="notice notice--warning" data-testid="cutoff-ties" role="status">
          <strong>{t('votes.start.tieTitle')}</strong>{' '}
          {t('votes.start.tie', { count: ties.length, objectives: ties.join(', '), rank: cutoffRank ?? '' })}
        </p>
      ) : null}
    </section>
  );
}
