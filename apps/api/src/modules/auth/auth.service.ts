import {
  AppError,
  type TAcceptInvitationRequest,
  type TCurrentPerson,
  type TInvitationPreview,
  type TLocale,
  type TSignInRequest,
} from '@gcm/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { Transactions } from '../../infra/prisma/transactions';
import { hashToken, newToken } from '../../infra/secrets/tokens';
import { AuditService } from '../audit/audit.service';
import { AccountsRepository, type InvitationRow } from './accounts.repository';
import type { OpenedSession } from './auth.types';
import { hashPassword, verifyPassword } from './passwords';
import { SessionsRepository } from './sessions.repository';
import { SignInThrottleService } from './sign-in-throttle.service';

export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly transactions: Transactions,
    private readonly sessions: SessionsRepository,
    private readonly throttle: SignInThrottleService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get secureCookies(): boolean {
    return this.config.publicUrl.startsWith('https://');
  }

  /**
   * Checks e-mail and password, throttling repeated failures (SignInThrottleService); returns a
   * new session token.
   */
  async signIn(input: TSignInRequest, ip: string): Promise<OpenedSession & { personId: string }> {
    const now = this.clock.now();
    const ticket = await this.throttle.admit(input.email, ip, now);
    const person = await this.accounts.credentials(input.email);
    const ok = await verifyPassword(person?.passwordHash ?? null, input.password);
    if (!person || !ok) {
      await this.throttle.failed(now);
      throw new AppError('UNAUTHENTICATED', 'The e-mail address or the password is not right');
    }
    await this.throttle.succeeded(ticket, now);
    if (person.suspendedAt) {
      // Said only to whoever knows the password: the account's owner learns why, a guesser nothing.
      throw new AppError(
        'FORBIDDEN',
        'This account is suspended. Ask the administrator of this installation to restore it.',
      );
    }
    return { ...(await this.openSession(person.id, now)), personId: person.id };
  }

  /** Opens a session for a person whose identity was just proven (password, or a link e-mailed to them). */
  async openSession(personId: string, now: Date): Promise<OpenedSession> {
    const { token, hash } = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await this.sessions.create({ tokenHash: hash, personId, expiresAt });
    return { token, lifetimeMs: SESSION_TTL_MS };
  }

  async signOut(sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId, this.clock.now());
  }

  async currentPerson(personId: string): Promise<TCurrentPerson> {
    const person = await this.accounts.currentPerson(personId);
    return {
      id: person.id,
      email: person.email,
      name: person.name,
      title: person.title,
      organisation: person.organisation,
      memberships: person.memberships.map((membership) => ({
        reviewId: membership.review.id,
        reviewTitle: membership.review.title,
        role: membership.role,
        organisation: membership.organisation,
      })),
      isAdministrator: person.isAdministrator,
      mayCreateReviews: person.isAdministrator || person.mayCreateReviews,
      locale: person.locale,
    };
  }

  /** The person's own choice of language, for their screens and every e-mail they receive from now. */
  async setLanguage(personId: string, locale: TLocale): Promise<TCurrentPerson> {
    await this.transactions.run(async (tx) => {
      const before = await this.accounts.setLocale(tx, personId, locale);
      if (before === locale) return;
      await this.audit.record(tx, {
        reviewId: null,
        actorId: personId,
        action: 'account.language_changed',
        targetType: 'person',
        targetId: personId,
        before: { locale: before },
        after: { locale },
      });
    });
    return this.currentPerson(personId);
  }

  private async openInvitation(token: string): Promise<InvitationRow> {
    const invitation = await this.accounts.invitationByTokenHash(hashToken(token));
    const now = this.clock.now();
    if (!invitation || invitation.revokedAt) {
      throw new AppError(
        'NOT_FOUND',
        'This invitation link is not valid. Ask the coordinator for a new one.',
      );
    }
    if (invitation.usedAt) {
      throw new AppError(
        'CONFLICT',
        'This invitation has already been used. Sign in with your e-mail and password.',
      );
    }
    if (invitation.expiresAt <= now) {
      throw new AppError('NOT_FOUND', 'This invitation link has expired. Ask the coordinator for a new one.');
    }
    if (invitation.person.suspendedAt) {
      throw new AppError(
        'FORBIDDEN',
        'This account is suspended. Ask the administrator of this installation to restore it.',
      );
    }
    return invitation;
  }

  async previewInvitation(token: string): Promise<TInvitationPreview> {
    const invitation = await this.openInvitation(token);
    const organisation = await this.accounts.organisationIn(invitation.reviewId, invitation.personId);
    return {
      email: invitation.person.email,
      name: invitation.person.name,
      reviewTitle: invitation.review.title,
      role: invitation.role,
      // Only what this review says: never the person's organisation in another review.
      organisation,
      invitedBy: invitation.invitedBy?.name ?? null,
      expiresAt: invitation.expiresAt.toISOString(),
      hasPassword: invitation.person.passwordHash !== null,
    };
  }

  /**
   * Uses the invitation once. It takes up this review's membership and nothing else: invitations
   * of other reviews stay pending until their own links are used. For a new account it also sets
   * the first password (the link went to the address only, so its holder controls the mailbox);
   * someone who already has an account proves it with their current password.
   */
  async acceptInvitation(
    token: string,
    input: TAcceptInvitationRequest,
  ): Promise<OpenedSession & { reviewId: string; personId: string }> {
    const invitation = await this.openInvitation(token);
    const now = this.clock.now();
    const existingHash = invitation.person.passwordHash;
    if (existingHash && !(await verifyPassword(existingHash, input.password))) {
      throw new AppError(
        'UNAUTHENTICATED',
        'You already have an account: enter your current password to join',
      );
    }
    const newHash = existingHash ? null : await hashPassword(input.password);
    await this.transactions.run(
      async (tx) => {
        const used = await this.accounts.useInvitation(tx, invitation.id, now);
        if (!used) {
          throw new AppError(
            'CONFLICT',
            'This invitation has already been used. Sign in with your e-mail and password.',
          );
        }
        const membership = await this.accounts.membership(tx, invitation.reviewId, invitation.personId);
        if (!membership) {
          throw new AppError(
            'NOT_FOUND',
            'This invitation link is not valid. Ask the coordinator for a new one.',
          );
        }
        if (!membership.acceptedAt) {
          await this.accounts.acceptMembership(tx, membership.id, now);
        }
        if (newHash) {
          // Guarded: two links of a new account used at once must not both set a password.
          const activated = await this.accounts.setFirstPassword(
            tx,
            invitation.personId,
            newHash,
            input.name,
          );
          if (!activated) {
            throw new AppError(
              'CONFLICT',
              'Your account has just been activated from another invitation: open this link again and enter that password',
            );
          }
        } else if (input.name) {
          await this.accounts.rename(tx, invitation.personId, input.name);
        }
        await this.audit.record(tx, {
          reviewId: invitation.reviewId,
          actorId: invitation.personId,
          action: 'invitation.accepted',
          targetType: 'membership',
          targetId: membership.id,
          after: {
            role: membership.role,
            email: invitation.person.email,
            accountActivated: Boolean(newHash),
          },
        });
      },
      { timeout: 5_000 },
    );
    const session = await this.openSession(invitation.personId, now);
    return { ...session, reviewId: invitation.reviewId, personId: invitation.personId };
  }
}
