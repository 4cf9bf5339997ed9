import type { TRankedResults, TVoteResults } from '@gcm/domain';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { useT } from '../../../lib/i18n/use-t';
import { objectiveNames, type Translate } from './use-objective-names';

type Entry = TVoteResults['ranking'][number];
type Outcome = TRankedResults['condorcetWinner'];

/** "Condorcet winner: Objective 7 — …", or why there is none (a cycle, or tied comparisons). */
export function condorcetText(t: Translate, kind: 'winner' | 'loser', outcome: Outcome): string {
  if (outcome.objective !== null) {
    const objective = objectiveNames(t).label(outcome.objective);
    return kind === 'winner'
      ? t('votes.condorcet.winner', { objective })
      : t('votes.condorcet.loser', { objective });
  }
  const cycle = outcome.noneBecause === 'cycle';
  if (kind === 'winner') return cycle ? t('votes.condorcet.noWinnerCycle') : t('votes.condorcet.noWinnerTie');
  return cycle ? t('votes.condorcet.noLoserCycle') : t('votes.condorcet.noLoserTie');
}

/** The Condorcet winner and loser and the Smith set, one line each. */
export function CondorcetLines({ ranked }: { ranked: TRankedResults }) {
  const t = useT();
  const names = objectiveNames(t);
  const smith = ranked.smithSet.map((objective) => names.short(objective)).join(', ');
  return (
    <ul className="plain-list" data-testid="condorcet-lines">
      <li data-testid="condorcet">{condorcetText(t, 'winner', ranked.condorcetWinner)}</li>
      <li data-testid="condorcet-loser">{condorcetText(t, 'loser', ranked.condorcetLoser)}</li>
      <li data-testid="smith-set">
        {ranked.smithSet.length === 1
          ? t('votes.smith.alone', { objectives: smith })
          : t('votes.smith', { objectives: smith })}
      </li>
    </ul>
  );
}

function RankCell({ entry, unit }: { entry: Entry | undefined; unit: (value: number) => string }) {
  if (!entry) return <td className="results-table__rank">—</td>;
  return (
    <td className="results-table__rank">
      {entry.rank} <span className="muted">({unit(entry.value)})</span>
    </td>
  );
}

/** A count as shown in the table: whole numbers as they are, Copeland's halves with one decimal. */
const shownCount = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/**
 * Every objective's rank under each method, side by side, in Schulze order: a rank shared by
 * several objectives is a tie the method does not break. The Smith set column marks membership.
 */
export function MethodsTable({ results, ranked }: { results: TVoteResults; ranked: TRankedResults }) {
  const by = (entries: readonly Entry[] | null) => new Map((entries ?? []).map((e) => [e.objective, e]));
  const borda = by(results.borda);
  const copeland = by(ranked.copeland);
  const rankedPairs = by(ranked.rankedPairs);
  const smith = new Set(ranked.smithSet);
  const t = useT();
  const names = objectiveNames(t);
  const wins = (value: number) => t('votes.value.ranked', { value, shown: shownCount(value) });
  const points = (value: number) => t('votes.value.dot', { value, shown: shownCount(value) });
  return (
    <ScrollArea>
      <table className="data-table results-table" data-testid="methods-table">
        <caption>{t('votes.methods.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('votes.table.objective')}</th>
            <th scope="col">{t('votes.methods.schulze')}</th>
            <th scope="col">{t('votes.methods.borda')}</th>
            <th scope="col">{t('votes.methods.copeland')}</th>
            <th scope="col">{t('votes.methods.rankedPairs')}</th>
            <th scope="col">{t('votes.methods.inSmith')}</th>
          </tr>
        </thead>
        <tbody>
          {results.ranking.map((entry) => (
            <tr key={entry.objective} data-testid={`methods-row-${entry.objective}`}>
              <th scope="row">
                {entry.objective}. {names.title(entry.objective) || entry.title}
              </th>
              <RankCell entry={entry} unit={wins} />
              <RankCell entry={borda.get(entry.objective)} unit={points} />
              <RankCell entry={copeland.get(entry.objective)} unit={points} />
              <RankCell
                entry={rankedPairs.get(entry.objective)}
                unit={(value) => t('votes.methods.above', { value })}
              />
              <td>{smith.has(entry.objective) ? t('votes.yes') : t('votes.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
