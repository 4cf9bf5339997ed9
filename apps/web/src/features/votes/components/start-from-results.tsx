import { TextField } from '../../../components/ui/text-field';

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
  return (
    <section className="card" aria-labelledby="start-title">
      <h2 id="start-title">Start from the results</h2>
      <div className="chips__add">
        <TextField
          label="Number of objectives to start from"
          error={error}
          hint="The top objectives of the vote; add, remove and reorder them below."
          className="input input--short"
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          value={top}
          onChange={onTopChange}
        />
        <button type="button" className="button button--secondary" onClick={onApply}>
          Use the top {top || '…'}
        </button>
      </div>
      {ties.length > 0 ? (
        <p className="notice notice--warning" data-testid="cutoff-ties" role="status">
          <strong>The cut-off falls inside a tie.</strong> {ties.length === 1 ? 'Objective' : 'Objectives'}{' '}
          {ties.join(', ')} {ties.length === 1 ? 'has' : 'have'} the same result as the last objective of the
          list (rank {cutoffRank}) but {ties.length === 1 ? 'is' : 'are'} not in it: add{' '}
          {ties.length === 1 ? 'it' : 'them'} or explain the choice in the reasons.
        </p>
      ) : null}
    </section>
  );
}
