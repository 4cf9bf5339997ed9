import type { TValidBallot, TVoteResults } from '@gcm/domain';
import { type CsvValue, csvCell as sharedCsvCell } from '../../infra/csv/csv';

type TResultEntry = TVoteResults['ranking'][number];
type TCondorcet = NonNullable<TVoteResults['ranked']>['condorcetWinner'];

/** One cell, through the API's CSV writer (quoting, formula neutralisation: infra/csv). */
export function csvCell(value: CsvValue): string {
  return sharedCsvCell(value);
}

const csvLine = (cells: readonly CsvValue[]) => cells.map(csvCell).join(',');

/** A ballot in one cell: "1 7 10" (picks), "1 > 7 > 10" (ranking), "1:3 7:2" (points or scores). */
export function ballotText(ballot: TValidBallot): string {
  if ('picks' in ballot) return ballot.picks.join(' ');
  if ('ranking' in ballot) return ballot.ranking.join(' > ');
  if ('points' in ballot) return ballot.points.map((e) => `${e.objective}:${e.points}`).join(' ');
  return ballot.scores.map((e) => `${e.objective}:${e.score}`).join(' ');
}

export interface VoterRow {
  voter: string;
  organisation: string;
  ballot: TValidBallot;
}

const figure = (value: number) => Number(value.toFixed(4));

/** "7", or "none (cycle)" / "none (tie)". */
function condorcetText(outcome: TCondorcet): string {
  return outcome.objective !== null ? String(outcome.objective) : `none (${outcome.noneBecause ?? 'tie'})`;
}

/** Ranked rounds: one row per objective (in Schulze order) with a column pair per method. */
function rankedTable(results: TVoteResults, ranked: NonNullable<TVoteResults['ranked']>): string[] {
  const by = (entries: readonly TResultEntry[] | null) =>
    new Map((entries ?? []).map((e) => [e.objective, e] as const));
  const borda = by(results.borda);
  const copeland = by(ranked.copeland);
  const rankedPairs = by(ranked.rankedPairs);
  const smith = new Set(ranked.smithSet);
  const pair = (e: TResultEntry | undefined): CsvValue[] => (e ? [figure(e.value), e.rank] : ['', '']);
  return [
    csvLine([
      'objective',
      'title',
      'schulze_wins',
      'schulze_rank',
      'borda_points',
      'borda_rank',
      'copeland_score',
      'copeland_rank',
      'ranked_pairs_above',
      'ranked_pairs_rank',
      'smith_set',
    ]),
    ...results.ranking.map((e) =>
      csvLine([
        e.objective,
        e.title,
        ...pair(e),
        ...pair(borda.get(e.objective)),
        ...pair(copeland.get(e.objective)),
        ...pair(rankedPairs.get(e.objective)),
        smith.has(e.objective) ? 'yes' : 'no',
      ]),
    ),
  ];
}

/** The counts, the Condorcet lines (ranked rounds) and the ballot-set hash, one figure a line. */
function summary(results: TVoteResults): string[] {
  const { counts, ranked } = results;
  const rows: [string, CsvValue][] = [
    ['ballots_cast', counts.cast],
    ['valid', counts.valid],
    ['invalid', counts.invalid],
    ['partial', counts.partial],
    ['eligible', counts.eligible],
    ['abstaining', counts.abstaining],
    ['quorum', results.quorum ?? ''],
    ['result_valid', results.valid ? 'yes' : 'no'],
  ];
  if (ranked) {
    rows.push(
      ['condorcet_winner', condorcetText(ranked.condorcetWinner)],
      ['condorcet_loser', condorcetText(ranked.condorcetLoser)],
      ['smith_set', ranked.smithSet.join(' ')],
    );
  }
  rows.push(['ballot_set_sha256', results.ballotSetSha256]);
  return [csvLine(['figure', 'value']), ...rows.map((row) => csvLine(row))];
}

/** The pairwise matrix: row objective, then the ballots preferring it to each column objective. */
function pairwiseTable(ranked: NonNullable<TVoteResults['ranked']>): string[] {
  const { objectives, counts } = ranked.pairwise;
  return [
    csvLine(['prefers_row_to_column', ...objectives]),
    ...objectives.map((objective, i) =>
      csvLine([objective, ...(counts[i] ?? []).map((value) => (value === null ? '' : value))]),
    ),
  ];
}

/** Every majority in ranked pairs' locking order, and whether it was locked. */
function majoritiesTable(ranked: NonNullable<TVoteResults['ranked']>): string[] {
  return [
    csvLine(['ranked_pairs_winner', 'ranked_pairs_loser', 'winning_votes', 'losing_votes', 'locked']),
    ...ranked.majorities.map((m) =>
      csvLine([m.winner, m.loser, m.winningVotes, m.losingVotes, m.locked ? 'yes' : 'no']),
    ),
  ];
}

/**
 * The results as CSV, in sections separated by an empty line:
 * 1. the ranking: for ranked rounds one row per objective with Schulze, Borda, Copeland, ranked
 *    pairs and Smith-set membership side by side; otherwise objective, title, value, rank, tied_with;
 * 2. `figure,value`: the counts (cast, valid, invalid, partial, eligible, abstaining), the quorum,
 *    for ranked rounds the Condorcet winner and loser and the Smith set, and the ballot-set SHA-256;
 * 3. ranked rounds: the pairwise matrix over every valid ballot, and ranked pairs' majorities;
 * 4. `voters` adds one row per ballot; callers pass it for open rounds only, never for secret ones.
 */
export function resultsCsv(results: TVoteResults, voters: readonly VoterRow[] | null): string {
  const sections: string[][] = [];
  if (results.ranked) {
    sections.push(rankedTable(results, results.ranked));
  } else {
    sections.push([
      csvLine(['objective', 'title', 'value', 'rank', 'tied_with']),
      ...results.ranking.map((e) =>
        csvLine([e.objective, e.title, figure(e.value), e.rank, e.tiedWith.join(' ')]),
      ),
    ]);
  }
  sections.push(summary(results));
  if (results.ranked) sections.push(pairwiseTable(results.ranked), majoritiesTable(results.ranked));
  if (voters && voters.length > 0) {
    sections.push([
      csvLine(['voter', 'organisation', 'ballot']),
      ...voters.map((row) => csvLine([row.voter, row.organisation, ballotText(row.ballot)])),
    ]);
  }
  return `${sections.map((lines) => lines.join('\r\n')).join('\r\n\r\n')}\r\n`;
}
