import type { AccountTokenPurpose } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

export interface AccountLinkRow {
  id: string;
  purpose: AccountTokenPurpose;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  person: { id: string; email: string; name: string; passwordHash: string | null; suspendedAt: Date | null };
}

export interface AccountRow {
  id: string;
  email: string;
  name: string;
  passwordHash: string | null;
  suspendedAt: Date | null;
}

const accountSelect = { id: true, email: true, name: true, passwordHash: true, suspendedAt: true } as const;

/** Account links (activation, password reset), passwords and the sessions they end. */
@Injectable()
export class AccountLinksRepository {
  constructor(private readonly prisma: PrismaService) {}

  account(tx: Tx | null, where: { id: string } | { email: string }): Promise<AccountRow | null> {
    return (tx ?? this.prisma.client).person.findUnique({ where, select: accountSelect });
  }

  /** The person with this address, made when there is none yet (with no password: not activated). */
  async upsertAccount(
    tx: Tx,
    input: { email: string; name: string; isAdministrator?: boolean; mayCreateReviews?: boolean },
  ): Promise<AccountRow & { created: boolean }> {
    const existing = await tx.person.findUnique({ where: { email: input.email }, select: accountSelect });
    const grants = {
      ...(input.isAdministrator ? { isAdministrator: true } : {}),
      ...(input.mayCreateReviews ? { mayCreateReviews: true } : {}),
    };
    if (existing) {
      if (Object.keys(grants).length === 0) return { ...existing, created: false };
      const updated = await tx.person.update({
        where: { id: existing.id },
        data: { ...grants, accountVersion: { increment: 1 } },
        select: accountSelect,
      });
      return { ...updated, created: false };
    }
    const created = await tx.person.create({
      data: { email: input.email, name: input.name, ...grants },
      select: accountSelect,
    });
    return { ...created, created: true };
  }

  byTokenHash(tokenHash: string): Promise<AccountLinkRow | null> {
    return this.prisma.client.accountToken.findUnique({
      where: { tokenHash },
      select: {
        id: true,
        purpose: true,
        expiresAt: true,
        usedAt: true,
        revokedAt: true,
        person: { select: accountSelect },
      },
    });
  }

  /** A new link; earlier unused links of the same purpose stop working (only the newest e-mail counts). */
  async issue(
    tx: Tx,
    link: { id: string; tokenHash: string; personId: string; purpose: AccountTokenPurpose; expiresAt: Date },
    now: Date,
  ): Promise<void> {
    await tx.accountToken.updateMany({
      where: { personId: link.personId, purpose: link.purpose, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    await tx.accountToken.create({ data: link });
  }

  /** Marks the link used; false when it was used or revoked first (it may be used once). */
  async use(tx: Tx, id: string, now: Date): Promise<boolean> {
    const used = await tx.accountToken.updateMany({
      where: { id, usedAt: null, revokedAt: null },
      data: { usedAt: now },
    });
    return used.count > 0;
  }

  /** Sets the password; with `onlyIfNone`, only while the account has none (false when it had one). */
  async setPassword(
    tx: Tx,
    personId: string,
    passwordHash: string,
    options: { onlyIfNone: boolean; name?: string },
  ): Promise<boolean> {
    const changed = await tx.person.updateMany({
      where: { id: personId, ...(options.onlyIfNone ? { passwordHash: null } : {}) },
      data: { passwordHash, ...(options.name ? { name: options.name } : {}) },
    });
    return changed.count > 0;
  }

  /** Ends the person's sessions, all of them or all but one; returns how many ended. */
  async revokeSessions(tx: Tx, personId: string, now: Date, exceptSessionId?: string): Promise<number> {
    const revoked = await tx.session.updateMany({
      where: { personId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
      data: { revokedAt: now },
    });
    return revoked.count;
  }

  /** Unused links of the person stop working (on suspension). */
  async revokeLinks(tx: Tx, personId: string, now: Date): Promise<void> {
    await tx.accountToken.updateMany({
      where: { personId, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    await tx.invitation.updateMany({
      where: { personId, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
  }
}
