import type { Locale, Prisma, ReviewRole } from '@gcm/db';
import type { TOrganisationRef } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

const organisationRef = { select: { id: true, name: true, shortName: true, type: true } } as const;

const currentPersonInclude = {
  organisation: organisationRef,
  memberships: {
    where: { acceptedAt: { not: null } },
    include: { review: { select: { id: true, title: true } }, organisation: organisationRef },
    orderBy: { createdAt: 'asc' },
  },
} satisfies Prisma.PersonInclude;

/** A person with their organisation and the memberships they have taken up, oldest first. */
export type CurrentPersonRow = Prisma.PersonGetPayload<{ include: typeof currentPersonInclude }>;

const invitationInclude = {
  person: { select: { id: true, email: true, name: true, passwordHash: true, suspendedAt: true } },
  review: { select: { id: true, title: true } },
  invitedBy: { select: { name: true } },
} satisfies Prisma.InvitationInclude;

export type InvitationRow = Prisma.InvitationGetPayload<{ include: typeof invitationInclude }>;

/** People's accounts, and the invitations that take a person into a review. */
@Injectable()
export class AccountsRepository {
  constructor(private readonly prisma: PrismaService) {}

  credentials(
    email: string,
  ): Promise<{ id: string; passwordHash: string | null; suspendedAt: Date | null } | null> {
    return this.prisma.client.person.findUnique({
      where: { email },
      select: { id: true, passwordHash: true, suspendedAt: true },
    });
  }

  currentPerson(personId: string): Promise<CurrentPersonRow> {
    return this.prisma.client.person.findUniqueOrThrow({
      where: { id: personId },
      include: currentPersonInclude,
    });
  }

  invitationByTokenHash(tokenHash: string): Promise<InvitationRow | null> {
    return this.prisma.client.invitation.findUnique({ where: { tokenHash }, include: invitationInclude });
  }

  /** The organisation the person has in this review (none for a membership without one, or none at all). */
  async organisationIn(reviewId: string, personId: string): Promise<TOrganisationRef | null> {
    const membership = await this.prisma.client.membership.findUnique({
      where: { reviewId_personId: { reviewId, personId } },
      include: { organisation: organisationRef },
    });
    return membership?.organisation ?? null;
  }

  /** Marks the invitation used; false when it was used or revoked first (it may be used once). */
  async useInvitation(tx: Tx, invitationId: string, now: Date): Promise<boolean> {
    const used = await tx.invitation.updateMany({
      where: { id: invitationId, usedAt: null, revokedAt: null },
      data: { usedAt: now },
    });
    return used.count > 0;
  }

  membership(
    tx: Tx,
    reviewId: string,
    personId: string,
  ): Promise<{ id: string; role: ReviewRole; acceptedAt: Date | null } | null> {
    return tx.membership.findUnique({
      where: { reviewId_personId: { reviewId, personId } },
      select: { id: true, role: true, acceptedAt: true },
    });
  }

  async acceptMembership(tx: Tx, membershipId: string, now: Date): Promise<void> {
    await tx.membership.update({ where: { id: membershipId }, data: { acceptedAt: now } });
  }

  /**
   * Sets the first password of an account (and the name, when one is given), only if it has none
   * yet; false when another invitation set one first.
   */
  async setFirstPassword(
    tx: Tx,
    personId: string,
    passwordHash: string,
    name: string | undefined,
  ): Promise<boolean> {
    const activated = await tx.person.updateMany({
      where: { id: personId, passwordHash: null },
      data: { passwordHash, ...(name ? { name } : {}) },
    });
    return activated.count > 0;
  }

  async rename(tx: Tx, personId: string, name: string): Promise<void> {
    await tx.person.update({ where: { id: personId }, data: { name } });
  }

  /** Sets the person's language; returns the one before (null: never chosen). */
  async setLocale(tx: Tx, personId: string, locale: Locale): Promise<Locale | null> {
    const [row] = await tx.$queryRaw<{ locale: Locale | null }[]>`
      SELECT locale::text AS locale FROM person WHERE id = ${personId}::uuid FOR UPDATE`;
    await tx.person.update({ where: { id: personId }, data: { locale } });
    return row?.locale ?? null;
  }
}
