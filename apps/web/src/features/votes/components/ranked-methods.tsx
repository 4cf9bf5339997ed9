import type { TRankedResults, TVoteResults } from '@gcm/domain';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { objectiveLabel } from '../../../lib/objectives';

type Entry = TVoteResults['ranking'][number];
type Outcome = TRankedResults['condorcetWinner'];

/** "Condorcet winner: Objective 7 — …", or why there is none (a cycle, or tied comparisons). */
export function condorcetText(kind: 'winner' | 'loser', outcome: Outcome): string {
  if (outcome.objective !== null) return `Condorcet ${kind}: ${objectiveLabel(outcome.objective)}`;
  const what =
    kind === 'winner'
      ? 'no objective beats every other one head to head'
      : 'no objective loses to every other one head to head';
  return outcome.noneBecause === 'cycle'
    ? `No Condorcet ${kind}: ${what}, because of a cycle (A beats B, B beats C, C beats A).`
    : `No Condorcet ${kind}: ${what}, because some comparisons are tied.`;
}

/** The Condorcet winner and loser and the Smith set, one line each. */
export function CondorcetLines({ ranked }: { ranked: TRankedResults }) {
  return (
    <ul className="plain-list" data-testid="condorcet-lines">
      <li data-testid="condorcet">{condorcetText('winner', ranked.condorcetWinner)}</li>
      <li data-testid="condorcet-loser">{condorcetText('loser', ranked.condorcetLoser)}</li>
      <li data-testid="smith-set">
        Smith set (the smallest group of objectives that each beat every objective outside it):{' '}
        {ranked.smithSet.map((objective) => `Objective ${objective}`).join(', ')}
        {ranked.smithSet.length === 1 ? ', the Condorcet winner alone.' : '.'}
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

const count = (one: string, many: string) => (value: number) =>
  `${Number.isInteger(value) ? value : value.toFixed(1)} ${value === 1 ? one : many}`;

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
  return (
    <ScrollArea>
      <table className="data-table results-table" data-testid="methods-table">
        <caption>Rank of each objective by each method (value in brackets); equal ranks are ties</caption>
        <thead>
          <tr>
            <th scope="col">Objective</th>
            <th scope="col">Schulze</th>
            <th scope="col">Borda</th>
            <th scope="col">Copeland</th>
            <th scope="col">Ranked pairs</th>
            <th scope="col">In the Smith set</th>
          </tr>
        </thead>
        <tbody>
          {results.ranking.map((entry) => (
            <tr key={entry.objective} data-testid={`methods-row-${entry.objective}`}>
              <th scope="row">
                {entry.objective}. {entry.title}
              </th>
              <RankCell entry={entry} unit={count('win', 'wins')} />
              <RankCell entry={borda.get(entry.objective)} unit={count('point', 'points')} />
              <RankCell entry={copeland.get(entry.objective)} unit={count('point', 'points')} />
              <RankCell entry={rankedPairs.get(entry.objective)} unit={(value) => `above ${value}`} />
              <td>{smith.has(entry.objective) ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
