import {
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
import { useT } from '../../../lib/i18n/use-t';
import { useVoteResultsByType } from '../api/get-vote-results';
import { objectiveNames } from './use-objective-names';
import { organisationTypeLabel } from './vote-labels';

function MatrixTable({ matrix, caption }: { matrix: TPairwiseMatrixResponse; caption: string }) {
  const t = useT();
  const names = objectiveNames(t);
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
                <abbr title={t('votes.pairwise.over', { objective })}>{objective}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {objectives.map((row, i) => (
            <tr key={row}>
              <th scope="row">{names.short(row)}</th>
              {objectives.map((column, j) => {
                const value = counts[i]?.[j] ?? null;
                const against = counts[j]?.[i] ?? null;
                if (value === null) return <td key={column}>—</td>;
                const wins = against !== null && value > against;
                return (
                  <td key={column} className={wins ? 'pairwise-table__win' : undefined}>
                    {value}
                    {wins ? <span className="visually-hidden"> {t('votes.pairwise.wins')}</span> : null}
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
  const t = useT();
  const id = useId();
  const [type, setType] = useState<TOrganisationType | null>(null);
  const filtered = useVoteResultsByType(round.id, round.secret ? null : type);
  const shown = type === null ? matrix : filtered.data?.ranked?.pairwise;
  const typeLabel = type === null ? null : organisationTypeLabel(t, type);
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="pairwise">
      <h2 id={`${id}-title`}>{t('votes.pairwise.title')}</h2>
      <p className="muted">{t('votes.pairwise.help')}</p>
      {round.secret ? (
        <p className="notice" data-testid="pairwise-secret">
          {t('votes.pairwise.secret')}
        </p>
      ) : (
        <SelectField
          label={t('votes.pairwise.select')}
          value={type ?? ''}
          onChange={(value) => setType(value === '' ? null : (value as TOrganisationType))}
        >
          <option value="">{t('votes.pairwise.everyBallot')}</option>
          {ORGANISATION_TYPES.map((option) => (
            <option key={option} value={option}>
              {t('votes.pairwise.typeOnly', { type: organisationTypeLabel(t, option) })}
            </option>
          ))}
        </SelectField>
      )}
      {filtered.isError ? (
        <ErrorPanel
          title={t('votes.pairwise.error')}
          error={filtered.error}
          onRetry={() => void filtered.refetch()}
          retrying={filtered.isFetching}
        />
      ) : shown ? (
        <>
          <p data-testid="pairwise-ballots">
            {typeLabel === null
              ? t('votes.pairwise.countedAll', { count: shown.ballots })
              : t('votes.pairwise.countedType', { count: shown.ballots, type: typeLabel })}
          </p>
          <MatrixTable
            matrix={shown}
            caption={
              typeLabel === null
                ? t('votes.pairwise.captionAll')
                : t('votes.pairwise.captionType', { type: typeLabel })
            }
          />
        </>
      ) : (
        <Loading label={t('votes.pairwise.loading')} />
      )}
    </section>
  );
}
