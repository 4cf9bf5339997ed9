import type { Prisma, VoteEligibilityKind } from '@gcm/db';
import type { TVoteRules } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

/** What a round is read with: the review's title and time zone for messages and e-mails. */
export const roundInclude = {
  review: { select: { title: true, timeZone: true } },
} satisfies Prisma.VoteRoundInclude;

export type RoundRow = Prisma.VoteRoundGetPayload<{ include: typeof roundInclude }>;

/** A round to set up, with the people (or organisations, per eligibility) who may vote in it. */
export interface NewRound {
  reviewId: string;
  workshopId: string | null;
  title: string;
  rules: TVoteRules;
  options: number[];
  eligibility: VoteEligibilityKind;
  secret: boolean;
  resultsHidden: boolean;
  quorum: number | null;
  opensAt: Date;
  closesAt: Date;
  voterIds: string[];
}

/** Vote rounds and their lists of voters. */
@Injectable()
export class VoteRoundsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(roundId: string, db: Tx = this.prisma.client): Promise<RoundRow | null> {
    return db.voteRound.findUnique({ where: { id: roundId }, include: roundInclude });
  }

  /** The review's rounds, the latest to open first. */
  ofReview(reviewId: string): Promise<RoundRow[]> {
    return this.prisma.client.voteRound.findMany({
      where: { reviewId },
      include: roundInclude,
      orderBy: [{ opensAt: 'desc' }, { createdAt: 'desc' }],
    });
  }

  /** Whether the person is on the round's list of voters (rounds where people vote). */
  async isEligiblePerson(roundId: string, personId: string): Promise<boolean> {
    const row = await this.prisma.client.voteEligibility.findUnique({
      where: { roundId_personId: { roundId, personId } },
      select: { id: true },
    });
    return row !== null;
  }

  /** Whether the organisation is on the round's list of voters (rounds where organisations vote). */
  async isEligibleOrganisation(roundId: string, organisationId: string): Promise<boolean> {
    const row = await this.prisma.client.voteEligibility.findUnique({
      where: { roundId_organisationId: { roundId, organisationId } },
      select: { id: true },
    });
    return row !== null;
  }

  /** How many people (or organisations) may vote in the round. */
  eligibleCount(roundId: string): Promise<number> {
    return this.prisma.client.voteEligibility.count({ where: { roundId } });
  }

  async isWorkshopOf(tx: Tx, reviewId: string, workshopId: string): Promise<boolean> {
    const workshop = await tx.workshop.findFirst({ where: { id: workshopId, reviewId } });
    return workshop !== null;
  }

  /** Those of `personIds` who are members of the review. */
  async membersAmong(tx: Tx, reviewId: string, personIds: readonly string[]): Promise<Set<string>> {
    const wanted = [...new Set(personIds)];
    if (wanted.length === 0) return new Set();
    const found = await tx.membership.findMany({
      where: { reviewId, personId: { in: wanted } },
      select: { personId: true },
    });
    return new Set(found.map((row) => row.personId));
  }

  /** Those of `organisationIds` that take part in the review. */
  async organisationsAmong(
    tx: Tx,
    reviewId: string,
    organisationIds: readonly string[],
  ): Promise<Set<string>> {
    const wanted = [...new Set(organisationIds)];
    if (wanted.length === 0) return new Set();
    const found = await tx.reviewOrganisation.findMany({
      where: { reviewId, organisationId: { in: wanted } },
      select: { organisationId: true },
    });
    return new Set(found.map((row) => row.organisationId));
  }

  create(tx: Tx, round: NewRound): Promise<RoundRow> {
    return tx.voteRound.create({
      data: {
        reviewId: round.reviewId,
        workshopId: round.workshopId,
        title: round.title,
        method: round.rules.method,
        rules: round.rules,
        options: round.options,
        eligibility: round.eligibility,
        secret: round.secret,
        resultsHidden: round.resultsHidden,
        quorum: round.quorum,
        opensAt: round.opensAt,
        closesAt: round.closesAt,
        eligible: {
          create: round.voterIds.map((id) =>
            round.eligibility === 'person' ? { personId: id } : { organisationId: id },
          ),
        },
      },
      include: roundInclude,
    });
  }

  /**
   * Closes the round at `now` if it is open then (opened, not yet at its closing time, not closed
   * nor finalised); false when it is not. The update waits for ballots being cast (their lock).
   */
  async closeIfOpen(tx: Tx, roundId: string, now: Date): Promise<boolean> {
    const { count } = await tx.voteRound.updateMany({
      where: {
        id: roundId,
        closedAt: null,
        finalisedAt: null,
        opensAt: { lte: now },
        closesAt: { gt: now },
      },
      data: { closedAt: now, version: { increment: 1 } },
    });
    return count === 1;
  }

  /** The round as it is now in `tx`; it must exist. */
  current(tx: Tx, roundId: string): Promise<RoundRow> {
    return tx.voteRound.findUniqueOrThrow({ where: { id: roundId }, include: roundInclude });
  }
}
