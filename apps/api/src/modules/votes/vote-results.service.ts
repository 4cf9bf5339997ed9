import {
  AppError,
  BALLOT_SET_HASH_RECIPE,
  ballotSetSha256,
  inCanonicalOrder,
  type TBallotSetDigest,
  type TBallotSetExport,
  type TVoteResults,
  type TVoteResultsQuery,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import type { Tx } from '../../infra/prisma/transactions';
import { VoteAccess } from './vote-access.service';
import { type CountedBallot, type ResultsFilter, voteResults } from './vote-results';
import { VoteResultsRepository, type VoterOrganisation } from './vote-results.repository';
import { resultsCsv, type VoterRow } from './vote-results-csv';
import { roundState, rulesOf } from './vote-round.mapper';
import { type RoundRow, VoteRoundsRepository } from './vote-rounds.repository';

interface OpenBallot extends CountedBallot {
  voter: string;
  organisation: string;
}

const SECRET_FILTER_REFUSED =
  'The results of a secret vote cannot be broken down by type of organisation: in a small group, the figures would show how its members voted';

/**
 * Results of a round: JSON, CSV and the anonymised ballot set. Hidden until the close when the
 * round says so, for everyone. Also the ballot-set fingerprints of a review's finalised rounds, for
 * the report.
 */
@Injectable()
export class VoteResultsService {
  constructor(
    private readonly voteAccess: VoteAccess,
    private readonly rounds: VoteRoundsRepository,
    private readonly counting: VoteResultsRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The results. `organisationType` restricts the pairwise matrix of a ranked round to the ballots
   * of voters of that type of organisation: refused (403) in a secret round, where a small group's
   * matrix would give its members' ballots away, and (400) in a round that has no matrix.
   */
  async results(roundId: string, personId: string, query: TVoteResultsQuery = {}): Promise<TVoteResults> {
    const round = await this.readableRound(roundId, personId);
    if (query.organisationType !== undefined) {
      if (round.secret) throw new AppError('FORBIDDEN', SECRET_FILTER_REFUSED);
      if (round.method !== 'ranked') {
        const message = 'Only ranked votes have a pairwise matrix to filter by type of organisation';
        throw new AppError('VALIDATION', message, { fieldErrors: [{ path: 'organisationType', message }] });
      }
    }
    return this.count(round, await this.ballots(round), { organisationType: query.organisationType });
  }

  async csv(roundId: string, personId: string): Promise<string> {
    const round = await this.readableRound(roundId, personId);
    const ballots = await this.ballots(round);
    const voters: VoterRow[] | null = round.secret
      ? null
      : (ballots as OpenBallot[]).map((b) => ({
          voter: b.voter,
          organisation: b.organisation,
          ballot: b.content,
        }));
    return resultsCsv(await this.count(round, ballots), voters);
  }

  /**
   * The anonymised ballot set (coordinator): each ballot's content and nothing else, in the order of
   * its canonical JSON, with the hash the results show. Shown when the results are: a secret
   * round's only after the close.
   */
  async ballotSet(roundId: string, personId: string): Promise<TBallotSetExport> {
    const round = await this.readableRound(roundId, personId, true);
    const contents = await this.counting.ballotContents(round.id);
    return {
      format: 'gcm-ballot-set',
      formatVersion: 1,
      roundId: round.id,
      title: round.title,
      method: round.method,
      rules: rulesOf(round),
      options: round.options,
      secret: round.secret,
      ballotsCast: contents.length,
      sha256: ballotSetSha256(contents),
      hashRecipe: BALLOT_SET_HASH_RECIPE,
      ballots: inCanonicalOrder(contents),
    };
  }

  /**
   * For the report's annex: each finalised round of the review (first finalised first) with the
   * number of ballots cast and the SHA-256 of its canonical ballot set, the figure the results, the
   * CSV and the ballot export show. No access check: the caller (the report) has made its own. Pass
   * `tx` to read inside the caller's transaction.
   */
  async ballotSetDigests(reviewId: string, tx?: Tx): Promise<TBallotSetDigest[]> {
    const rounds = await this.counting.finalisedRounds(reviewId, tx);
    return rounds.map((round) => ({
      roundId: round.id,
      title: round.title,
      method: round.method,
      ballotsCast: round.contents.length,
      sha256: ballotSetSha256(round.contents),
    }));
  }

  private async readableRound(roundId: string, personId: string, coordinatorOnly = false): Promise<RoundRow> {
    const { round } = coordinatorOnly
      ? await this.voteAccess.round(roundId, personId, ['coordinator'], 'download the ballots')
      : await this.voteAccess.round(roundId, personId);
    const state = roundState(round, this.clock.now());
    // A secret round's are always hidden until the close: live results beside the live list of
    // who has voted would reveal each ballot (the contract and a check constraint keep it so too).
    if ((round.resultsHidden || round.secret) && (state === 'scheduled' || state === 'open')) {
      throw new AppError('FORBIDDEN', 'Results are hidden until the round closes');
    }
    return round;
  }

  private async count(
    round: RoundRow,
    ballots: CountedBallot[],
    filter: ResultsFilter = {},
  ): Promise<TVoteResults> {
    const eligible = await this.rounds.eligibleCount(round.id);
    return voteResults(
      {
        id: round.id,
        rules: rulesOf(round),
        options: round.options,
        quorum: round.quorum,
        secret: round.secret,
      },
      ballots,
      eligible,
      filter,
    );
  }

  /**
   * The ballots to count. A secret round's are read without anything that points to a voter; an
   * open round's with the voter and their organisation's type.
   */
  private async ballots(round: RoundRow): Promise<CountedBallot[] | OpenBallot[]> {
    if (round.secret) {
      const contents = await this.counting.ballotContents(round.id);
      return contents.map((content) => ({ content, organisationType: null }));
    }
    const rows = await this.counting.openBallots(round.id);
    const organisations = new Map<string, VoterOrganisation>();
    const people = new Map<string, { name: string; organisation: VoterOrganisation | null }>();
    if (round.eligibility === 'organisation') {
      const found = await this.counting.organisations(rows.map((row) => row.voterKey));
      for (const organisation of found) organisations.set(organisation.id, organisation);
    } else {
      const members = await this.counting.members(
        round.reviewId,
        rows.flatMap((row) => (row.personId ? [row.personId] : [])),
      );
      for (const m of members) {
        people.set(m.personId, {
          name: m.person.name,
          organisation: m.organisation ?? m.person.organisation,
        });
      }
    }
    return rows.map((row) => {
      const { content } = row;
      if (round.eligibility === 'organisation') {
        const organisation = organisations.get(row.voterKey);
        return {
          content,
          organisationType: organisation?.type ?? null,
          voter: organisation?.name ?? '(organisation no longer recorded)',
          organisation: organisation?.name ?? '',
        };
      }
      const person = row.personId ? people.get(row.personId) : undefined;
      return {
        content,
        organisationType: person?.organisation?.type ?? null,
        voter: person?.name ?? '(no longer a member of the review)',
        organisation: person?.organisation?.name ?? '',
      };
    });
  }
}
