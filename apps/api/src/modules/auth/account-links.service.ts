import { randomUUID } from 'node:crypto';
import {
  AppError,
  type TAccountLinkPreview,
  type TAccountLinkPurpose,
  type TChangePasswordRequest,
  type TUseAccountLinkRequest,
} from '@gcm/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { Transactions, type Tx } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { LinkTokens } from '../../infra/secrets/link-tokens';
import { hashToken } from '../../infra/secrets/tokens';
import { AuditService } from '../audit/audit.service';
import { AccountLinkMail } from './account-link-mail';
import { type AccountLinkRow, AccountLinksRepository, type AccountRow } from './account-links.repository';
import { AuthService } from './auth.service';
import type { OpenedSession } from './auth.types';
import { hashPassword, verifyPassword } from './passwords';
import { SignInThrottleRepository } from './sign-in-throttle.repository';

const HOUR_MS = 3_600_000;
/** A password-reset link works for an hour; an activation link as long as an invitation. */
export const PASSWORD_RESET_TTL_MS = HOUR_MS;
/** Reset e-mails per address and hour: more requests are answered alike but send nothing. */
export const MAX_RESETS_PER_EMAIL = 3;
/** Reset requests per IP address and hour, beyond which the answer is 429. */
export const MAX_RESETS_PER_ADDRESS = 20;

const INVALID = 'This link is not valid. Ask for a new one from the sign-in page.';

/**
 * Links that prove control of an e-mail address, independent of any review: activating an
 * account made by an administrator, and choosing a new password. Also the password change of a
 * signed-in person. Tokens are derived from SECRET_KEY and the link's id; only their SHA-256 is
 * stored, and the stored e-mail holds a placeholder (infra/secrets/link-tokens.ts).
 */
@Injectable()
export class AccountLinksService {
  constructor(
    private readonly links: AccountLinksRepository,
    private readonly tokens: LinkTokens,
    private readonly mail: AccountLinkMail,
    private readonly queue: MailQueue,
    private readonly throttle: SignInThrottleRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'invitationTtlDays'>,
  ) {}

  /**
   * Issues an activation link for an account with no password yet, in the caller's transaction,
   * and plans its e-mail unless `deliver` is false (the first administrator's link is printed).
   * Returns the link's URL (for the command line only) and what to enqueue after the commit.
   */
  async issueActivation(
    tx: Tx,
    account: AccountRow,
    options: { actorId: string | null; deliver: boolean },
  ): Promise<{ url: string; expiresAt: Date; enqueue: { id: string; notBefore: Date }[] }> {
    if (account.passwordHash) {
      throw new AppError('CONFLICT', `${account.email} has already activated the account; they can sign in.`);
    }
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.invitationTtlDays * 24 * HOUR_MS);
    const { id, enqueue } = await this.issue(tx, account, 'activation', expiresAt, options.deliver);
    await this.audit.record(tx, {
      reviewId: null,
      actorId: options.actorId,
      action: 'account.activation_sent',
      targetType: 'person',
      targetId: account.id,
      after: { email: account.email, expiresAt: expiresAt.toISOString(), emailed: options.deliver },
    });
    return { url: this.tokens.url({ kind: 'account', id }), expiresAt, enqueue };
  }

  enqueue(planned: { id: string; notBefore: Date }[]): Promise<void> {
    return this.queue.enqueueAfterCommit(planned);
  }

  private async issue(
    tx: Tx,
    account: AccountRow,
    purpose: TAccountLinkPurpose,
    expiresAt: Date,
    deliver: boolean,
  ): Promise<{ id: string; enqueue: { id: string; notBefore: Date }[] }> {
    const now = this.clock.now();
    const id = randomUUID();
    await this.links.issue(
      tx,
      { id, tokenHash: this.tokens.hash({ kind: 'account', id }), personId: account.id, purpose, expiresAt },
      now,
    );
    const enqueue = deliver
      ? await this.mail.plan(tx, {
          linkId: id,
          purpose,
          email: account.email,
          personName: account.name,
          expiresAt,
          now,
        })
      : [];
    return { id, enqueue };
  }

  private async open(token: string): Promise<AccountLinkRow> {
    const link = await this.links.byTokenHash(hashToken(token));
    if (!link || link.revokedAt || link.expiresAt <= this.clock.now()) {
      throw new AppError('NOT_FOUND', INVALID);
    }
    if (link.usedAt) {
      throw new AppError('CONFLICT', 'This link has already been used. Sign in, or ask for a new link.');
    }
    if (link.person.suspendedAt) {
      throw new AppError(
        'FORBIDDEN',
        'This account is suspended. Ask the administrator of this installation to restore it.',
      );
    }
    return link;
  }

  async preview(token: string): Promise<TAccountLinkPreview> {
    const link = await this.open(token);
    return {
      email: link.person.email,
      name: link.person.name,
      purpose: link.purpose,
      expiresAt: link.expiresAt.toISOString(),
    };
  }

  /**
   * Uses the link once: sets the first password (activation) or a new one (reset, which also
   * ends every session of the account), and signs the person in.
   */
  async use(token: string, input: TUseAccountLinkRequest): Promise<OpenedSession & { personId: string }> {
    const link = await this.open(token);
    const now = this.clock.now();
    const passwordHash = await hashPassword(input.password);
    const activation = link.purpose === 'activation';
    await this.transactions.run(async (tx) => {
      if (!(await this.links.use(tx, link.id, now))) {
        throw new AppError('CONFLICT', 'This link has already been used. Sign in, or ask for a new link.');
      }
      const set = await this.links.setPassword(tx, link.person.id, passwordHash, {
        onlyIfNone: activation,
        name: activation ? input.name : undefined,
      });
      if (!set) {
        throw new AppError('CONFLICT', 'This account is already activated. Sign in with its password.');
      }
      const endedSessions = activation ? 0 : await this.links.revokeSessions(tx, link.person.id, now);
      await this.audit.record(tx, {
        reviewId: null,
        actorId: link.person.id,
        action: activation ? 'account.activated' : 'account.password_reset',
        targetType: 'person',
        targetId: link.person.id,
        after: activation ? { email: link.person.email } : { email: link.person.email, endedSessions },
      });
    });
    const session = await this.auth.openSession(link.person.id, now);
    return { ...session, personId: link.person.id };
  }

  /**
   * E-mails a password-reset link if an account with a password uses the address. The answer is
   * the same whether or not it does, so the form cannot be used to learn who has an account.
   */
  async forgotPassword(email: string, ip: string): Promise<void> {
    const now = this.clock.now();
    const byAddress = await this.throttle.reserve(`reset-ip:${ip}`, now, HOUR_MS);
    if (byAddress.attempts > MAX_RESETS_PER_ADDRESS) {
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil((byAddress.windowStartedAt.getTime() + HOUR_MS - now.getTime()) / 1000),
      );
      throw new AppError(
        'RATE_LIMITED',
        'Too many requests for new passwords from here. Try again in an hour.',
        {
          retryAfterSeconds,
        },
      );
    }
    const byEmail = await this.throttle.reserve(`reset-email:${email}`, now, HOUR_MS);
    if (byEmail.attempts > MAX_RESETS_PER_EMAIL) return;
    const account = await this.links.account(null, { email });
    // Accounts not yet activated get their activation link from whoever made them; suspended
    // accounts get nothing.
    if (!account?.passwordHash || account.suspendedAt) return;
    const enqueue = await this.transactions.run(async (tx) => {
      const issued = await this.issue(
        tx,
        account,
        'password_reset',
        new Date(now.getTime() + PASSWORD_RESET_TTL_MS),
        true,
      );
      await this.audit.record(tx, {
        reviewId: null,
        actorId: null,
        action: 'account.password_reset_requested',
        targetType: 'person',
        targetId: account.id,
        after: { ip },
      });
      return issued.enqueue;
    });
    await this.enqueue(enqueue);
  }

  /** Changes the password of the signed-in person, who proves it with the current one; other sessions end. */
  async changePassword(personId: string, sessionId: string, input: TChangePasswordRequest): Promise<void> {
    const account = await this.links.account(null, { id: personId });
    if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
      throw new AppError('VALIDATION', 'The current password is not right', {
        fieldErrors: [{ path: 'currentPassword', message: 'is not right' }],
      });
    }
    const passwordHash = await hashPassword(input.newPassword);
    const now = this.clock.now();
    await this.transactions.run(async (tx) => {
      await this.links.setPassword(tx, personId, passwordHash, { onlyIfNone: false });
      const endedSessions = await this.links.revokeSessions(tx, personId, now, sessionId);
      await this.audit.record(tx, {
        reviewId: null,
        actorId: personId,
        action: 'account.password_changed',
        targetType: 'person',
        targetId: personId,
        after: { endedSessions },
      });
    });
  }
}
