import { AppError, type TVoteResults } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { VoteAccess } from './vote-access.service';
import { type CountedBallot, resultsCsv, type VoterRow, voteResults } from './vote-results';
import { VoteResultsRepository, type VoterOrganisation } from './vote-results.repository';
import { roundState, rulesOf } from './vote-round.mapper';
import { type RoundRow, VoteRoundsRepository } from './vote-rounds.repository';

interface OpenBallot extends CountedBallot {
  voter: string;
  organisation: string;
}

/** Results of a round: JSON and CSV. Hidden until the close when the round says so, for everyone. */
@Injectable()
export class VoteResultsService {
  constructor(
    private readonly voteAccess: VoteAccess,
    private readonly rounds: VoteRoundsRepository,
    private readonly counting: VoteResultsRepository,
    private readonly clock: Clock,
  ) {}

  async results(roundId: string, personId: string): Promise<TVoteResults> {
    const round = await this.readableRound(roundId, personId);
    return this.count(round, await this.ballots(round));
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

  private async readableRound(roundId: string, personId: string): Promise<RoundRow> {
    const { round } = await this.voteAccess.round(roundId, personId);
    const state = roundState(round, this.clock.now());
    // A secret round's are always hidden until the close: live results beside the live list of
    // who has voted would reveal each ballot (the contract and a check constraint keep it so too).
    if ((round.resultsHidden || round.secret) && (state === 'scheduled' || state === 'open')) {
      throw new AppError('FORBIDDEN', 'Results are hidden until the round closes');
    }
    return round;
  }

  private async count(round: RoundRow, ballots: CountedBallot[]): Promise<TVoteResults> {
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
    );
  }

  /**
   * The ballots to count. A secret round's are read without anything that points to a voter; an
   * open round's with the voter and their organisation's type.
   */
  private async ballots(round: RoundRow): Promise<CountedBallot[] | OpenBallot[]> {
    if (round.secret) {
      const contents = await this.counting.secretBallots(round.id);
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
