import { randomUUID } from 'node:crypto';
import { type TInviteMemberRequest, type TInviteMemberResponse } from '@gcm/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { Transactions, type Tx } from '../../infra/prisma/transactions';
import { LinkTokens } from '../../infra/secrets/link-tokens';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { OutboxPlanner } from '../outbox/outbox-planner.service';
import { ReviewWritability } from '../review-state/review-writability';
import { InvitationMail } from './invitation-mail';
import { InvitationsRepository } from './invitations.repository';
import { toMember } from './member.mapper';
import { assertReviewOrganisation } from './member-checks';
import { MembersRepository } from './members.repository';

/** Inviting people into a review (coordinator): an invited membership and its e-mailed link. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly members: MembersRepository,
    private readonly invitations: InvitationsRepository,
    private readonly transactions: Transactions,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'invitationTtlDays'>,
    private readonly links: LinkTokens,
    private readonly mail: InvitationMail,
    private readonly planner: OutboxPlanner,
  ) {}

  /**
   * Adds a person (new or existing, by e-mail) to the review with a role, as invited, and e-mails
   * them a single-use link. The membership grants nothing until that link is used: the link goes
   * to the address only (never in the response, never stored), so only whoever reads that mailbox
   * can take the membership up, or set the first password of a new account. Re-inviting renews
   * the link.
   */
  async invite(
    reviewId: string,
    actorId: string,
    input: TInviteMemberRequest,
  ): Promise<TInviteMemberResponse> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'invite people');
    await assertReviewOrganisation(this.members, reviewId, input.organisationId);
    const { member, expiresAt, enqueue } = await this.transactions.run(
      (tx) => this.inviteInTransaction(tx, reviewId, actorId, input),
      { timeout: 5_000 },
    );
    await this.mail.enqueue(enqueue);
    return { member, expiresAt };
  }

  /**
   * The invitation's writes, in the caller's transaction (the caller has checked who may invite):
   * the invited membership, a new link replacing any pending one, its e-mail and the audit event.
   * Enqueue what it returns once the transaction has committed.
   */
  async inviteInTransaction(
    tx: Tx,
    reviewId: string,
    actorId: string,
    input: TInviteMemberRequest,
  ): Promise<TInviteMemberResponse & { enqueue: { id: string; notBefore: Date }[] }> {
    await this.writability.assertWritable(tx, reviewId);
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.invitationTtlDays * 86_400_000);
    const invitationId = randomUUID();
    const organisationId = input.organisationId ?? null;
    const person = await this.invitations.personByEmail(tx, {
      email: input.email,
      name: input.name,
      title: input.title ?? null,
      organisationId,
    });
    const existing = await this.members.findOf(tx, reviewId, person.id);
    const row = existing
      ? await this.members.change(tx, existing.id, { role: input.role, organisationId })
      : await this.members.createInvited(tx, {
          reviewId,
          personId: person.id,
          role: input.role,
          organisationId,
        });
    await this.invitations.addToDirectory(tx, reviewId, person.id, organisationId);
    await this.invitations.revokePending(tx, reviewId, person.id, now);
    await this.invitations.create(tx, {
      id: invitationId,
      tokenHash: this.links.hash({ kind: 'invitation', id: invitationId }),
      personId: person.id,
      reviewId,
      role: input.role,
      invitedById: actorId,
      expiresAt,
    });
    const enqueue = await this.mail.plan(tx, {
      invitationId,
      reviewId,
      email: person.email,
      personName: person.name,
      actorId,
      role: input.role,
      organisationName: row.organisation?.name ?? null,
      expiresAt,
      now,
    });
    // A contributor of an organisation receives its reminders: those not planned for want of a
    // recipient are planned now (and the organisation they left replans without them).
    for (const changed of new Set([organisationId, existing?.organisationId ?? null])) {
      if (changed) enqueue.push(...(await this.planner.replanOrganisation(tx, reviewId, changed)));
    }
    await this.audit.record(tx, {
      reviewId,
      actorId,
      action: existing ? 'member.reinvited' : 'member.invited',
      targetType: 'membership',
      targetId: row.id,
      before: existing ? { role: existing.role, organisationId: existing.organisationId } : null,
      after: { email: person.email, role: input.role, organisationId },
    });
    return { member: toMember(row), expiresAt: expiresAt.toISOString(), enqueue };
  }

  /** Hands e-mails planned by inviteInTransaction to the queue once their transaction has committed. */
  enqueueMail(planned: { id: string; notBefore: Date }[]): Promise<void> {
    return this.mail.enqueue(planned);
  }
}
