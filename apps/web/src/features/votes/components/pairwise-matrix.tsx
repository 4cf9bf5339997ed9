import {
  ORGANISATION_TYPE_LABELS,
  ORGANISATION_TYPES,
  type TOrganisationType,
  type TPairwiseMatrixResponse,
  type TVoteRound,
} from '@gcm/domain';
import { useId, useState } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { SelectField } from '../../../components/ui/select-field';
import { Loading } from '../../../components/ui/spinner';
import { useVoteResultsByType } from '../api/get-vote-results';

function MatrixTable({ matrix, caption }: { matrix: TPairwiseMatrixResponse; caption: string }) {
  const { objectives, counts } = matrix;
  return (
    <ScrollArea>
      <table className="data-table pairwise-table" data-testid="pairwise-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {objectives.map((objective) => (
              <th key={objective} scope="col">
                <abbr title={`over objective ${objective}`}>{objective}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {objectives.map((row, i) => (
            <tr key={row}>
              <th scope="row">Objective {row}</th>
              {objectives.map((column, j) => {
                const value = counts[i]?.[j] ?? null;
                const against = counts[j]?.[i] ?? null;
                if (value === null) return <td key={column}>—</td>;
                const wins = against !== null && value > against;
                return (
                  <td key={column} className={wins ? 'pairwise-table__win' : undefined}>
                    {value}
                    {wins ? <span className="visually-hidden"> (wins)</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

/**
 * The head-to-head matrix of a ranked round. In an open round it can be restricted to the ballots
 * of one type of organisation (the voter's organisation in the review); a secret round refuses that,
 * since a small group's matrix would show how its members voted.
 */
export function PairwiseMatrix({ round, matrix }: { round: TVoteRound; matrix: TPairwiseMatrixResponse }) {
  const id = useId();
  const [type, setType] = useState<TOrganisationType | null>(null);
  const filtered = useVoteResultsByType(round.id, round.secret ? null : type);
  const shown = type === null ? matrix : filtered.data?.ranked?.pairwise;
  const whose = type === null ? 'every ballot' : `the ballots of ${ORGANISATION_TYPE_LABELS[type]} voters`;
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="pairwise">
      <h2 id={`${id}-title`}>Head to head</h2>
      <p className="muted">
        Each cell counts the ballots that prefer the row’s objective to the column’s. A highlighted cell is a
        win: more ballots prefer the row’s objective than the other way round.
      </p>
      {round.secret ? (
        <p className="notice" data-testid="pairwise-secret">
          In a secret vote the matrix is not broken down by type of organisation: in a small group it would
          show how its members voted.
        </p>
      ) : (
        <SelectField
          label="Ballots counted"
          value={type ?? ''}
          onChange={(value) => setType(value === '' ? null : (value as TOrganisationType))}
        >
          <option value="">Every ballot</option>
          {ORGANISATION_TYPES.map((option) => (
            <option key={option} value={option}>
              {ORGANISATION_TYPE_LABELS[option]} voters only
            </option>
          ))}
        </SelectField>
      )}
      {filtered.isError ? (
        <ErrorPanel
          title="The matrix could not be loaded"
          error={filtered.error}
          onRetry={() => void filtered.refetch()}
          retrying={filtered.isFetching}
        />
      ) : shown ? (
        <>
          <p data-testid="pairwise-ballots">
            {shown.ballots} ballot{shown.ballots === 1 ? '' : 's'} counted ({whose}).
          </p>
          <MatrixTable
            matrix={shown}
            caption={`Ballots preferring the row’s objective to the column’s, ${whose}`}
          />
        </>
      ) : (
        <Loading label="Loading the matrix…" />
      )}
    </section>
  );
}
