import type { OrganisationType } from '@gcm/db';
import type { TValidBallot, TVoteMethod } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

/** An open round's ballot with what points to its voter: the person who cast it, and the key. */
export interface OpenBallotRow {
  content: TValidBallot;
  personId: string | null;
  voterKey: string;
}

export interface VoterOrganisation {
  name: string;
  type: OrganisationType;
}

/** A member of the review who voted, with the organisation they are a member for and their own. */
export interface VoterMember {
  personId: string;
  person: { name: string; organisation: VoterOrganisation | null };
  organisation: VoterOrganisation | null;
}

/** A finalised round of a review with its ballots' contents (nothing that points to a voter). */
export interface FinalisedRoundBallots {
  id: string;
  title: string;
  method: TVoteMethod;
  contents: TValidBallot[];
}

/** What counting a round reads: its ballots, and for open rounds who cast them. */
@Injectable()
export class VoteResultsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * A round's ballots, their contents only, nothing that points to a voter: how a secret round is
   * counted, and what the anonymised ballot export of any round holds.
   */
  async ballotContents(roundId: string): Promise<TValidBallot[]> {
    const rows = await this.prisma.client.ballot.findMany({
      where: { roundId },
      select: { content: true },
    });
    return rows.map((row) => row.content as TValidBallot);
  }

  /** An open round's ballots in the order of their keys. */
  async openBallots(roundId: string): Promise<OpenBallotRow[]> {
    const rows = await this.prisma.client.ballot.findMany({
      where: { roundId },
      select: { content: true, personId: true, voterKey: true },
      orderBy: { voterKey: 'asc' },
    });
    return rows.map((row) => ({ ...row, content: row.content as TValidBallot }));
  }

  organisations(ids: string[]): Promise<({ id: string } & VoterOrganisation)[]> {
    return this.prisma.client.organisation.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, type: true },
    });
  }

  members(reviewId: string, personIds: string[]): Promise<VoterMember[]> {
    return this.prisma.client.membership.findMany({
      where: { reviewId, personId: { in: personIds } },
      select: {
        personId: true,
        person: { select: { name: true, organisation: { select: { name: true, type: true } } } },
        organisation: { select: { name: true, type: true } },
      },
    });
  }

  /**
   * The review's finalised rounds, first finalised first, each with its ballots' contents only.
   * Reads through `db` when given, so a caller's transaction sees its own writes.
   */
  async finalisedRounds(reviewId: string, db: Tx = this.prisma.client): Promise<FinalisedRoundBallots[]> {
    const rounds = await db.voteRound.findMany({
      where: { reviewId, finalisedAt: { not: null } },
      select: { id: true, title: true, method: true, ballots: { select: { content: true } } },
      orderBy: [{ finalisedAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    });
    return rounds.map((round) => ({
      id: round.id,
      title: round.title,
      method: round.method,
      contents: round.ballots.map((ballot) => ballot.content as TValidBallot),
    }));
  }
}
