import {
  CLUSTERS,
  ORGANISATION_TYPES,
  objectiveByNumber,
  type TOrganisationType,
  type TTallyEntry,
  type TValidBallot,
  type TVoteResults,
  type TVoteRules,
  tally,
} from '@gcm/domain';
import { csvCell as sharedCsvCell } from '../../infra/csv/csv';

type TResultEntry = TVoteResults['ranking'][number];

export interface CountedBallot {
  content: TValidBallot;
  /** The type of the organisation the voter belongs to (open rounds only), or null. */
  organisationType: TOrganisationType | null;
}

export interface ResultsRound {
  id: string;
  rules: TVoteRules;
  options: readonly number[];
  quorum: number | null;
  secret: boolean;
}

function entry(tallied: TTallyEntry): TResultEntry {
  return {
    objective: tallied.objective,
    title: objectiveByNumber(tallied.objective)?.title ?? `Objective ${tallied.objective}`,
    value: tallied.value,
    rank: tallied.rank,
    tiedWith: tallied.tiedWith,
  };
}

/** The method's main count: Schulze (with Borda beside it) for ranked rounds, the tally itself otherwise. */
function count(rules: TVoteRules, options: readonly number[], ballots: readonly TValidBallot[]) {
  if (options.length === 0) return { ranking: [], borda: null, condorcetWinner: null };
  const counted = tally(rules, options, ballots);
  if ('schulze' in counted) {
    return {
      ranking: counted.schulze.ranking.map(entry),
      borda: counted.borda.ranking.map(entry),
      condorcetWinner: counted.schulze.condorcetWinner,
    };
  }
  return { ranking: counted.ranking.map(entry), borda: null, condorcetWinner: null };
}

/** The ballot with only the objectives in `keep` (a ranking keeps its order). */
function restrict(ballot: TValidBallot, keep: ReadonlySet<number>): TValidBallot {
  if ('picks' in ballot) return { picks: ballot.picks.filter((objective) => keep.has(objective)) };
  if ('points' in ballot) return { points: ballot.points.filter((e) => keep.has(e.objective)) };
  if ('ranking' in ballot) return { ranking: ballot.ranking.filter((objective) => keep.has(objective)) };
  return { scores: ballot.scores.filter((e) => keep.has(e.objective)) };
}

/**
 * The results of a round, counted with the domain's tallies. Per cluster, the cluster's objectives
 * are counted again on their own (the ballots restricted to them). Per organisation type only for
 * open rounds: in a secret round a small group's ranking could give its members' ballots away.
 */
export function voteResults(
  round: ResultsRound,
  ballots: readonly CountedBallot[],
  eligible: number,
): TVoteResults {
  const contents = ballots.map((ballot) => ballot.content);
  const main = count(round.rules, round.options, contents);
  const byOrganisationType = round.secret
    ? null
    : ORGANISATION_TYPES.flatMap((type) => {
        const ofType = ballots.filter((ballot) => ballot.organisationType === type);
        return ofType.length === 0
          ? []
          : [
              {
                type,
                ballots: ofType.length,
                ranking: count(
                  round.rules,
                  round.options,
                  ofType.map((ballot) => ballot.content),
                ).ranking,
              },
            ];
      });
  const byCluster = CLUSTERS.map((cluster) => {
    const keep = new Set(round.options.filter((objective) => cluster.objectiveNumbers.includes(objective)));
    return {
      cluster: cluster.number,
      ranking: count(
        round.rules,
        [...keep],
        contents.map((content) => restrict(content, keep)),
      ).ranking,
    };
  });
  return {
    roundId: round.id,
    method: round.rules.method,
    ballots: ballots.length,
    eligible,
    quorum: round.quorum,
    valid: round.quorum === null || ballots.length >= round.quorum,
    ranking: main.ranking,
    borda: main.borda,
    condorcetWinner: main.condorcetWinner,
    byOrganisationType,
    byCluster,
  };
}

/** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
/** One cell, through the API's CSV writer (quoting, formula neutralisation: infra/csv). */
export function csvCell(value: string | number): string {
  return sharedCsvCell(value);
}

const csvLine = (cells: (string | number)[]) => cells.map(csvCell).join(',');

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

/**
 * The main ranking as CSV (objective, title, value, rank, tied_with). `voters` adds a second section
 * with one row per ballot; callers pass it for open rounds only, never for secret ones.
 */
export function resultsCsv(results: TVoteResults, voters: readonly VoterRow[] | null): string {
  const lines = [
    csvLine(['objective', 'title', 'value', 'rank', 'tied_with']),
    ...results.ranking.map((e) =>
      csvLine([e.objective, e.title, Number(e.value.toFixed(4)), e.rank, e.tiedWith.join(' ')]),
    ),
  ];
  if (voters && voters.length > 0) {
    lines.push('', csvLine(['voter', 'organisation', 'ballot']));
    for (const row of voters) lines.push(csvLine([row.voter, row.organisation, ballotText(row.ballot)]));
  }
  return `${lines.join('\r\n')}\r\n`;
}
