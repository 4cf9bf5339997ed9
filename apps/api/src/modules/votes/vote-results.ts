import {
  ballotSetSha256,
  CLUSTERS,
  countBallots,
  ORGANISATION_TYPES,
  objectiveByNumber,
  pairwiseMatrix,
  type TOrganisationType,
  type TPairwiseMatrix,
  type TPairwiseMatrixResponse,
  type TRankedBallot,
  type TRankedResults,
  type TTallyEntry,
  type TValidBallot,
  type TVoteResults,
  type TVoteRules,
  tally,
} from '@gcm/domain';

type TResultEntry = TVoteResults['ranking'][number];

export interface CountedBallot {
  /** The ballot as stored; checked against the round's rules again when counted. */
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

/** The matrix as the contract writes it: null on the diagonal, and which ballots it counts. */
function matrixResponse(
  matrix: TPairwiseMatrix,
  organisationType: TOrganisationType | null,
): TPairwiseMatrixResponse {
  return {
    organisationType,
    ballots: matrix.ballots,
    objectives: matrix.objectives,
    counts: matrix.counts.map((row, i) => row.map((value, j) => (i === j ? null : value))),
  };
}

interface MainCount {
  ranking: TResultEntry[];
  borda: TResultEntry[] | null;
  condorcetWinner: number | null;
  ranked: Omit<TRankedResults, 'pairwise'> | null;
}

/** The method's counts: for ranked rounds Schulze (main), Borda and the other Condorcet counts. */
function count(rules: TVoteRules, options: readonly number[], ballots: readonly TValidBallot[]): MainCount {
  if (options.length === 0) return { ranking: [], borda: null, condorcetWinner: null, ranked: null };
  const counted = tally(rules, options, ballots);
  if ('schulze' in counted) {
    return {
      ranking: counted.schulze.ranking.map(entry),
      borda: counted.borda.ranking.map(entry),
      condorcetWinner: counted.condorcetWinner.objective,
      ranked: {
        copeland: counted.copeland.ranking.map(entry),
        rankedPairs: counted.rankedPairs.ranking.map(entry),
        majorities: counted.rankedPairs.majorities,
        smithSet: counted.smithSet,
        condorcetWinner: counted.condorcetWinner,
        condorcetLoser: counted.condorcetLoser,
      },
    };
  }
  return { ranking: counted.ranking.map(entry), borda: null, condorcetWinner: null, ranked: null };
}

/** The ballot with only the objectives in `keep` (a ranking keeps its order). */
function restrict(ballot: TValidBallot, keep: ReadonlySet<number>): TValidBallot {
  if ('picks' in ballot) return { picks: ballot.picks.filter((objective) => keep.has(objective)) };
  if ('points' in ballot) return { points: ballot.points.filter((e) => keep.has(e.objective)) };
  if ('ranking' in ballot) return { ranking: ballot.ranking.filter((objective) => keep.has(objective)) };
  return { scores: ballot.scores.filter((e) => keep.has(e.objective)) };
}

export interface ResultsFilter {
  /** Ranked open rounds: the pairwise matrix over this type's ballots only. */
  organisationType?: TOrganisationType | undefined;
}

/**
 * The results of a round, counted with the domain's rules. Every stored ballot is checked against
 * the round's rules again; only the valid ones are counted (`counts` says how many were not). The
 * ballot-set hash covers every ballot cast, as stored. Per cluster, the cluster's objectives are
 * counted again on their own (the ballots restricted to them). Per organisation type (the rankings,
 * and the pairwise matrix when `filter` asks for one) only for open rounds: in a secret round a
 * small group's figures could give its members' ballots away. The caller refuses a filter on a
 * secret round; this function never applies one there.
 */
export function voteResults(
  round: ResultsRound,
  ballots: readonly CountedBallot[],
  eligible: number,
  filter: ResultsFilter = {},
): TVoteResults {
  const contents = ballots.map((ballot) => ballot.content);
  const { counts, checked } = countBallots(round.rules, round.options, contents, eligible);
  const counted = ballots.flatMap((ballot, index) => {
    const content = checked[index];
    return content ? [{ content, organisationType: round.secret ? null : ballot.organisationType }] : [];
  });
  const valid = counted.map((ballot) => ballot.content);
  const main = count(round.rules, round.options, valid);

  const filterType = round.secret ? undefined : filter.organisationType;
  const ranked: TRankedResults | null =
    main.ranked && round.rules.method === 'ranked'
      ? {
          ...main.ranked,
          pairwise: matrixResponse(
            pairwiseMatrix(
              round.options,
              counted
                .filter((ballot) => filterType === undefined || ballot.organisationType === filterType)
                .map((ballot) => ballot.content as TRankedBallot),
            ),
            filterType ?? null,
          ),
        }
      : null;

  const byOrganisationType = round.secret
    ? null
    : ORGANISATION_TYPES.flatMap((type) => {
        const ofType = counted.filter((ballot) => ballot.organisationType === type);
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
        valid.map((content) => restrict(content, keep)),
      ).ranking,
    };
  });
  return {
    roundId: round.id,
    method: round.rules.method,
    ballots: counts.cast,
    eligible,
    quorum: round.quorum,
    valid: round.quorum === null || counts.cast >= round.quorum,
    counts,
    ballotSetSha256: ballotSetSha256(contents),
    ranking: main.ranking,
    borda: main.borda,
    condorcetWinner: main.condorcetWinner,
    ranked,
    byOrganisationType,
    byCluster,
  };
}
