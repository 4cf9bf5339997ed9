import type { TVoteResults } from '@gcm/domain';
import { CopyButton } from '../../../components/ui/copy-button';
import { useT } from '../../../lib/i18n/use-t';
import { ballotSetUrl } from '../api/get-vote-results';

/** Cast, valid, partial, abstaining: how the ballot box adds up. */
export function BallotCounts({ counts }: { counts: TVoteResults['counts'] }) {
  const t = useT();
  const items: [string, number, string][] = [
    [t('votes.counts.cast'), counts.cast, 'cast'],
    [t('votes.counts.valid'), counts.valid, 'valid'],
    [t('votes.counts.partial'), counts.partial, 'partial'],
    [t('votes.counts.abstaining'), counts.abstaining, 'abstaining'],
    [t('votes.counts.eligible'), counts.eligible, 'eligible'],
  ];
  if (counts.invalid > 0) items.splice(2, 0, [t('votes.counts.invalid'), counts.invalid, 'invalid']);
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
  const t = useT();
  return (
    <section aria-labelledby="ballot-hash-title" data-testid="ballot-hash">
      <h3 id="ballot-hash-title">{t('votes.hash.title')}</h3>
      <p className="muted">{t('votes.hash.body')}</p>
      <p className="hash">
        <code data-testid="ballot-set-sha256">{results.ballotSetSha256}</code>{' '}
        <CopyButton text={results.ballotSetSha256} label={t('votes.hash.copy')} />
      </p>
      {coordinator ? (
        <p>
          <a href={ballotSetUrl(results.roundId)} download>
            {t('votes.hash.download')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
