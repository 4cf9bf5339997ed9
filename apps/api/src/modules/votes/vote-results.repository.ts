import type { OrganisationType } from '@gcm/db';
import type { TValidBallot } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';

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

/** What counting a round reads: its ballots, and for open rounds who cast them. */
@Injectable()
export class VoteResultsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** A secret round's ballots: their contents only, nothing that points to a voter. */
  async secretBallots(roundId: string): Promise<TValidBallot[]> {
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
}
