import type { Person, ReviewRole } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';

export interface NewInvitation {
  id: string;
  tokenHash: string;
  personId: string;
  reviewId: string;
  role: ReviewRole;
  invitedById: string;
  expiresAt: Date;
}

/** People invited by e-mail, and their single-use invitations. */
@Injectable()
export class InvitationsRepository {
  /** The person with this e-mail address, created with these details if there is none yet. */
  personByEmail(
    tx: Tx,
    person: { email: string; name: string; title: string | null; organisationId: string | null },
  ): Promise<Person> {
    return tx.person.upsert({ where: { email: person.email }, create: person, update: {} });
  }

  /**
   * Puts the invited person in the directory of the review's country, with the organisation they
   * were invited for; an entry already there keeps its organisation unless it had none.
   */
  async addToDirectory(
    tx: Tx,
    reviewId: string,
    personId: string,
    organisationId: string | null,
  ): Promise<void> {
    const { workspaceId } = await tx.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { workspaceId: true },
    });
    const key = { workspaceId_personId: { workspaceId, personId } };
    const entry = await tx.workspaceContact.findUnique({ where: key, select: { organisationId: true } });
    if (!entry) await tx.workspaceContact.create({ data: { workspaceId, personId, organisationId } });
    else if (!entry.organisationId && organisationId)
      await tx.workspaceContact.update({ where: key, data: { organisationId } });
  }

  /** Revokes the person's invitations to the review that are neither used nor revoked yet. */
  async revokePending(tx: Tx, reviewId: string, personId: string, now: Date): Promise<void> {
    await tx.invitation.updateMany({
      where: { reviewId, personId, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
  }

  async create(tx: Tx, invitation: NewInvitation): Promise<void> {
    await tx.invitation.create({ data: invitation });
  }

  /** What the invitation e-mail says about the review and whoever sends it. */
  async mailFacts(
    tx: Tx,
    reviewId: string,
    actorId: string,
  ): Promise<{ review: { title: string; timeZone: string }; actor: { name: string } }> {
    const [review, actor] = await Promise.all([
      tx.review.findUniqueOrThrow({ where: { id: reviewId }, select: { title: true, timeZone: true } }),
      tx.person.findUniqueOrThrow({ where: { id: actorId }, select: { name: true } }),
    ]);
    return { review, actor };
  }
}
