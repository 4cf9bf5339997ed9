import type { TLocale } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';

export interface ReminderPerson {
  id: string;
  email: string;
  name: string;
  /** The language the person chose (their e-mails are written in it), null when none. */
  locale: TLocale | null;
}

const person = { select: { id: true, email: true, name: true, locale: true } } as const;

/** Whom a vote reminder goes to, and when the last one went out. */
@Injectable()
export class VoteRemindersRepository {
  /** The voter keys recorded as having taken part: person ids, or organisation ids. */
  async participantKeys(db: Tx, roundId: string): Promise<Set<string>> {
    const rows = await db.voteParticipation.findMany({ where: { roundId }, select: { voterKey: true } });
    return new Set(rows.map((row) => row.voterKey));
  }

  /** The people on the round's list of voters who are (still) members of the review. */
  async eligibleMembers(db: Tx, roundId: string, reviewId: string): Promise<ReminderPerson[]> {
    const eligible = await db.voteEligibility.findMany({
      where: { roundId, person: { memberships: { some: { reviewId } } } },
      select: { person },
    });
    return eligible.flatMap((row) => (row.person ? [row.person] : []));
  }

  /** The organisations on the round's list of voters. */
  async eligibleOrganisations(db: Tx, roundId: string): Promise<string[]> {
    const rows = await db.voteEligibility.findMany({
      where: { roundId, organisationId: { not: null } },
      select: { organisationId: true },
    });
    return rows.flatMap((row) => (row.organisationId ? [row.organisationId] : []));
  }

  /** The review's members for these organisations, by name, with the organisation's name. */
  async membersFor(
    db: Tx,
    reviewId: string,
    organisationIds: string[],
  ): Promise<{ person: ReminderPerson; organisationName: string | null }[]> {
    const members = await db.membership.findMany({
      where: { reviewId, organisationId: { in: organisationIds } },
      select: { person, organisation: { select: { name: true } } },
      orderBy: { person: { name: 'asc' } },
    });
    return members.map((m) => ({ person: m.person, organisationName: m.organisation?.name ?? null }));
  }

  /** Holds the round's row with FOR UPDATE until the transaction ends: one manual reminder at a time. */
  async lockRound(tx: Tx, roundId: string): Promise<void> {
    await tx.$executeRaw`SELECT 1 FROM vote_round WHERE id = ${roundId}::uuid FOR UPDATE`;
  }

  /** When the latest reminder of this kind, key prefix and review was planned after `since`, or null. */
  async latestReminderAt(
    tx: Tx,
    reminder: { reviewId: string; kind: string; keyPrefix: string; since: Date },
  ): Promise<Date | null> {
    const recent = await tx.outboxMessage.findFirst({
      where: {
        reviewId: reminder.reviewId,
        kind: reminder.kind,
        dedupeKey: { startsWith: reminder.keyPrefix },
        status: { not: 'cancelled' },
        createdAt: { gt: reminder.since },
      },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true },
    });
    return recent?.createdAt ?? null;
  }
}
