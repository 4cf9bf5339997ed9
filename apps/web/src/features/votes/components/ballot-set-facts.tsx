import type { TVoteResults } from '@gcm/domain';
import { CopyButton } from '../../../components/ui/copy-button';
import { ballotSetUrl } from '../api/get-vote-results';

/** Cast, valid, partial, abstaining: how the ballot box adds up. */
export function BallotCounts({ counts }: { counts: TVoteResults['counts'] }) {
  const items: [string, number, string][] = [
    ['Ballots cast', counts.cast, 'cast'],
    ['Valid', counts.valid, 'valid'],
    ['Partial', counts.partial, 'partial'],
    ['Abstaining', counts.abstaining, 'abstaining'],
    ['Eligible', counts.eligible, 'eligible'],
  ];
  if (counts.invalid > 0) items.splice(2, 0, ['Invalid (not counted)', counts.invalid, 'invalid']);
  return (
    <dl className="facts" data-testid="ballot-counts">
      {items.map(([label, value, key]) => (
        <div className="facts__item" key={key}>
          <dt>{label}</dt>
          <dd data-testid={`count-${key}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The SHA-256 of the ballot set, to cite with the results; the coordinator can download the
 * anonymised ballots it is computed from (docs/administration.md, "Recounting a vote").
 */
export function BallotSetHash({
  results,
  coordinator,
}: {
  results: Pick<TVoteResults, 'roundId' | 'ballotSetSha256'>;
  coordinator: boolean;
}) {
  return (
    <section aria-labelledby="ballot-hash-title" data-testid="ballot-hash">
      <h3 id="ballot-hash-title">Fingerprint of the ballots</h3>
      <p className="muted">
        SHA-256 of every ballot cast, written in a fixed form and order. Anyone with the anonymised ballots
        can recompute it; any change to a ballot changes it.
      </p>
      <p className="hash">
        <code data-testid="ballot-set-sha256">{results.ballotSetSha256}</code>{' '}
        <CopyButton text={results.ballotSetSha256} label="Copy the fingerprint" />
      </p>
      {coordinator ? (
        <p>
          <a href={ballotSetUrl(results.roundId)} download>
            Download the anonymised ballots (JSON)
          </a>
        </p>
      ) : null}
    </section>
  );
}
