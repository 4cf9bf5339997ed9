import {
  AppError,
  type TCreateAccountRequest,
  type TCreateReviewRequest,
  type TInstanceAccount,
  type TInstanceAccountsResponse,
  type TInstanceAuditQuery,
  type TInstanceAuditResponse,
  type TInstanceReview,
  type TInstanceReviewsResponse,
  type TUpdateAccountRequest,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { Transactions } from '../../infra/prisma/transactions';
import { AuditService } from '../audit/audit.service';
import { AccountLinksRepository } from '../auth/account-links.repository';
import { AccountLinksService } from '../auth/account-links.service';
import { ReviewSetupService } from '../reviews/review-setup.service';
import { progressOf } from '../reviews/reviews.mapper';
import { InstanceRepository } from './instance.repository';

/**
 * The administrator's view of the installation: every review's standing (never its contents),
 * the accounts, and the audit trail of everything. Only administrators get past the first line
 * of each method.
 */
@Injectable()
export class InstanceService {
  constructor(
    private readonly instance: InstanceRepository,
    private readonly accountLinks: AccountLinksService,
    private readonly accountRows: AccountLinksRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly setup: ReviewSetupService,
  ) {}

  private async requireAdministrator(actorId: string, doing: string): Promise<void> {
    if (!(await this.instance.isAdministrator(actorId))) {
      throw new AppError('FORBIDDEN', `Only an administrator of this installation can ${doing}`);
    }
  }

  async reviews(actorId: string): Promise<TInstanceReviewsResponse> {
    await this.requireAdministrator(actorId, 'see every review');
    return { reviews: await this.reviewRows() };
  }

  /** Starts a country's review and invites the coordinator it names; the administrator takes no part. */
  async startReview(actorId: string, input: TCreateReviewRequest): Promise<TInstanceReview> {
    await this.requireAdministrator(actorId, 'start a review for a country');
    const reviewId = await this.setup.create(actorId, input, { join: false });
    const [review] = await this.reviewRows(reviewId);
    if (!review) throw new Error(`The review ${reviewId} just started is not there`);
    return review;
  }

  private async reviewRows(reviewId?: string): Promise<TInstanceReview[]> {
    const now = this.clock.now();
    const rows = await this.instance.reviews(reviewId ? { id: reviewId } : {});
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      country: row.country,
      cycle: row.cycle,
      status: row.status,
      finalDueDate: row.finalDueDate,
      finalDueTime: row.finalDueTime,
      timeZone: row.timeZone,
      createdAt: row.createdAt.toISOString(),
      coordinators: row.coordinators,
      memberCount: row.memberCount,
      progress: progressOf(row.assignments, row.timeZone, now),
      submittedAt: row.submittedAt?.toISOString() ?? null,
    }));
  }

  async accounts(actorId: string): Promise<TInstanceAccountsResponse> {
    await this.requireAdministrator(actorId, 'list the accounts');
    return { accounts: await this.instance.accounts() };
  }

  /** Adds a person to the installation and e-mails them an activation link (no review yet). */
  async createAccount(actorId: string, input: TCreateAccountRequest): Promise<TInstanceAccount> {
    await this.requireAdministrator(actorId, 'add accounts');
    const { personId, enqueue } = await this.transactions.run(async (tx) => {
      const account = await this.accountRows.upsertAccount(tx, {
        email: input.email,
        name: input.name,
        mayCreateReviews: input.mayCreateReviews ?? false,
      });
      await this.audit.record(tx, {
        reviewId: null,
        actorId,
        action: account.created ? 'account.created' : 'account.granted',
        targetType: 'person',
        targetId: account.id,
        after: { email: account.email, mayCreateReviews: input.mayCreateReviews ?? false },
      });
      // Someone who has a password already signs in as before; only a new account needs its link.
      const issued = account.passwordHash
        ? { enqueue: [] }
        : await this.accountLinks.issueActivation(tx, account, { actorId, deliver: true });
      return { personId: account.id, enqueue: issued.enqueue };
    });
    await this.accountLinks.enqueue(enqueue);
    return this.accountOrThrow(personId);
  }

  /** Grants or withdraws the right to start reviews; suspends or restores an account. */
  async updateAccount(
    actorId: string,
    personId: string,
    input: TUpdateAccountRequest,
  ): Promise<TInstanceAccount> {
    await this.requireAdministrator(actorId, 'change accounts');
    const before = await this.accountOrThrow(personId);
    if (input.suspended === true && personId === actorId) {
      throw new AppError('VALIDATION', 'You cannot suspend your own account', {
        fieldErrors: [{ path: 'suspended', message: 'cannot be set on your own account' }],
      });
    }
    const now = this.clock.now();
    await this.transactions.run(async (tx) => {
      const suspendedAt =
        input.suspended === undefined || input.suspended === before.suspended
          ? undefined
          : input.suspended
            ? now
            : null;
      const changed = await this.instance.updateIfVersion(tx, personId, input.version, {
        mayCreateReviews: input.mayCreateReviews,
        suspendedAt,
      });
      if (!changed) {
        throw new AppError(
          'CONFLICT',
          'Someone else changed this account meanwhile. Reload to see the change.',
          {
            currentVersion: before.version,
          },
        );
      }
      if (suspendedAt) {
        if (before.isAdministrator && (await this.instance.activeAdministratorCount(tx)) === 0) {
          throw new AppError(
            'CONFLICT',
            'This is the last administrator who is not suspended; name another one first.',
          );
        }
        await this.accountRows.revokeSessions(tx, personId, now);
        await this.accountRows.revokeLinks(tx, personId, now);
      }
      await this.audit.record(tx, {
        reviewId: null,
        actorId,
        action: suspendedAt
          ? 'account.suspended'
          : suspendedAt === null
            ? 'account.restored'
            : 'account.updated',
        targetType: 'person',
        targetId: personId,
        before: { mayCreateReviews: before.mayCreateReviews, suspended: before.suspended },
        after: {
          mayCreateReviews: input.mayCreateReviews ?? before.mayCreateReviews,
          suspended: input.suspended ?? before.suspended,
        },
      });
    });
    return this.accountOrThrow(personId);
  }

  async auditTrail(actorId: string, query: TInstanceAuditQuery): Promise<TInstanceAuditResponse> {
    await this.requireAdministrator(actorId, 'read the audit trail of the installation');
    const rows = await this.instance.audit({
      before: query.before === undefined ? undefined : BigInt(query.before),
      limit: query.limit,
    });
    const events = rows.map((row) => ({
      id: row.id.toString(),
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      review: row.review,
      actor: row.actor,
      createdAt: row.createdAt.toISOString(),
    }));
    return { events, nextBefore: rows.length === query.limit ? (events.at(-1)?.id ?? null) : null };
  }

  /**
   * Makes a person an administrator of the installation, with an activation link when the account
   * has no password yet. For the command line only (`npm run admin -- create EMAIL`): whoever runs
   * it already controls the installation, so it asks no one's permission, and the link is returned
   * to be printed, not e-mailed. Recorded in the audit trail with no actor.
   */
  async makeAdministrator(input: {
    email: string;
    name: string;
  }): Promise<{ personId: string; activationUrl: string | null; expiresAt: Date | null }> {
    return this.transactions.run(async (tx) => {
      const account = await this.accountRows.upsertAccount(tx, {
        email: input.email,
        name: input.name,
        isAdministrator: true,
      });
      await this.audit.record(tx, {
        reviewId: null,
        actorId: null,
        action: 'account.administrator_made',
        targetType: 'person',
        targetId: account.id,
        after: { email: account.email, created: account.created, by: 'command line' },
      });
      if (account.passwordHash) return { personId: account.id, activationUrl: null, expiresAt: null };
      const issued = await this.accountLinks.issueActivation(tx, account, { actorId: null, deliver: false });
      return { personId: account.id, activationUrl: issued.url, expiresAt: issued.expiresAt };
    });
  }

  private async accountOrThrow(personId: string): Promise<TInstanceAccount> {
    const account = await this.instance.account(null, personId);
    if (!account) throw new AppError('NOT_FOUND', 'There is no such account');
    return account;
  }
}
