import { randomUUID } from 'node:crypto';
import {
  AppError,
  type TInviteMemberRequest,
  type TInviteMemberResponse,
  type TMember,
  type TUpdateMemberRequest,
} from '@gcm/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { MailQueue } from '../../infra/queue/mail-queue';
import { LinkTokens, SEALED_LINK_PLACEHOLDER } from '../../infra/secrets/link-tokens';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { renderMail } from '../mail/render';
import { InvitationEmail } from '../mail/templates/invitation.email';
import { OutboxRepository, type Tx } from '../outbox/outbox.repository';

const ROLE_TEXT: Record<TMember['role'], string> = {
  coordinator: 'as a coordinator of the review',
  contributor: 'as a focal point drafting contributions',
  stakeholder: 'as a stakeholder (votes and comments)',
  observer: 'as an observer (read only)',
};

const organisationRef = { select: { id: true, name: true, shortName: true, type: true } } as const;

const memberInclude = {
  person: { select: { id: true, name: true, email: true, title: true } },
  organisation: organisationRef,
} as const;

type MemberRow = {
  id: string;
  role: TMember['role'];
  acceptedAt: Date | null;
  person: { id: string; name: string; email: string; title: string | null };
  organisation: TMember['organisation'];
};

function toMember(row: MemberRow): TMember {
  return {
    membershipId: row.id,
    personId: row.person.id,
    name: row.person.name,
    email: row.person.email,
    title: row.person.title,
    role: row.role,
    organisation: row.organisation,
    status: row.acceptedAt ? 'active' : 'invited',
  };
}

/** People and their roles in one review; invitations to join it. Coordinator only for changes. */
@Injectable()
export class MembersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxRepository,
    private readonly queue: MailQueue,
    private readonly links: LinkTokens,
  ) {}

  async list(reviewId: string, personId: string): Promise<TMember[]> {
    await this.access.forReview(reviewId, personId);
    const rows = await this.prisma.client.membership.findMany({
      where: { reviewId },
      include: memberInclude,
      orderBy: [{ role: 'asc' }, { person: { name: 'asc' } }],
    });
    return rows.map(toMember);
  }

  private async assertReviewOrganisation(
    reviewId: string,
    organisationId: string | null | undefined,
  ): Promise<void> {
    if (!organisationId) return;
    const link = await this.prisma.client.reviewOrganisation.findUnique({
      where: { reviewId_organisationId: { reviewId, organisationId } },
    });
    if (!link) {
      throw new AppError('VALIDATION', 'The organisation does not take part in this review', {
        fieldErrors: [{ path: 'organisationId', message: 'is not an organisation of this review' }],
      });
    }
  }

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
    await this.assertReviewOrganisation(reviewId, input.organisationId);
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.invitationTtlDays * 86_400_000);
    const invitationId = randomUUID();
    const organisationId = input.organisationId ?? null;
    const enqueue: { id: string; notBefore: Date }[] = [];
    const membership = await this.prisma.client.$transaction(async (tx) => {
      const person = await tx.person.upsert({
        where: { email: input.email },
        create: { email: input.email, name: input.name, title: input.title ?? null, organisationId },
        update: {},
      });
      const existing = await tx.membership.findUnique({
        where: { reviewId_personId: { reviewId, personId: person.id } },
      });
      const row = existing
        ? await tx.membership.update({
            where: { id: existing.id },
            data: { role: input.role, organisationId },
            include: memberInclude,
          })
        : await tx.membership.create({
            data: { reviewId, personId: person.id, role: input.role, organisationId, acceptedAt: null },
            include: memberInclude,
          });
      await tx.invitation.updateMany({
        where: { reviewId, personId: person.id, usedAt: null, revokedAt: null },
        data: { revokedAt: now },
      });
      const invitation = await tx.invitation.create({
        data: {
          id: invitationId,
          tokenHash: this.links.hash({ kind: 'invitation', id: invitationId }),
          personId: person.id,
          reviewId,
          role: input.role,
          invitedById: actorId,
          expiresAt,
        },
      });
      enqueue.push(
        ...(await this.invitationMail(tx, {
          invitationId: invitation.id,
          reviewId,
          email: person.email,
          personName: person.name,
          actorId,
          role: input.role,
          organisationName: row.organisation?.name ?? null,
          expiresAt,
          now,
        })),
      );
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: existing ? 'member.reinvited' : 'member.invited',
        targetType: 'membership',
        targetId: row.id,
        before: existing ? { role: existing.role, organisationId: existing.organisationId } : null,
        after: { email: person.email, role: input.role, organisationId },
      });
      return row;
    });
    await this.queue.enqueueAfterCommit(enqueue);
    return { member: toMember(membership), expiresAt: expiresAt.toISOString() };
  }

  /** The invitation e-mail, as an outbox row in the invitation's transaction. */
  private async invitationMail(
    tx: Tx,
    facts: {
      invitationId: string;
      reviewId: string;
      email: string;
      personName: string;
      actorId: string;
      role: TMember['role'];
      organisationName: string | null;
      expiresAt: Date;
      now: Date;
    },
  ): Promise<{ id: string; notBefore: Date }[]> {
    const [review, actor] = await Promise.all([
      tx.review.findUniqueOrThrow({ where: { id: facts.reviewId }, select: { title: true, timeZone: true } }),
      tx.person.findUniqueOrThrow({ where: { id: facts.actorId }, select: { name: true } }),
    ]);
    const rendered = await renderMail(
      `${actor.name} invites you to the ${review.title}`,
      InvitationEmail({
        facts: {
          reviewTitle: review.title,
          personName: facts.personName,
          invitedBy: actor.name,
          roleText: ROLE_TEXT[facts.role],
          organisationName: facts.organisationName,
          url: SEALED_LINK_PLACEHOLDER,
          expiresText: DateTime.fromJSDate(facts.expiresAt, { zone: review.timeZone })
            .setLocale('en-GB')
            .toFormat("cccc d LLLL yyyy 'at' HH:mm ZZZZ"),
        },
      }),
    );
    return this.outbox.insert(tx, [
      {
        dedupeKey: `invitation:${facts.invitationId}`,
        kind: 'invitation',
        reviewId: facts.reviewId,
        notBefore: facts.now,
        toAddresses: [facts.email],
        ccAddresses: [],
        payload: { sealedLink: { kind: 'invitation', id: facts.invitationId } },
        ...rendered,
      },
    ]);
  }

  async update(
    reviewId: string,
    membershipId: string,
    actorId: string,
    input: TUpdateMemberRequest,
  ): Promise<TMember> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'change roles');
    await this.assertReviewOrganisation(reviewId, input.organisationId);
    return this.prisma.client.$transaction(async (tx) => {
      const before = await tx.membership.findFirst({ where: { id: membershipId, reviewId } });
      if (!before) throw new AppError('NOT_FOUND', 'There is no such member in this review');
      const role = input.role ?? before.role;
      const organisationId =
        input.organisationId === undefined ? before.organisationId : input.organisationId;
      if (role === 'contributor' && !organisationId) {
        throw new AppError('VALIDATION', 'A contributor must belong to an organisation', {
          fieldErrors: [{ path: 'organisationId', message: 'is required for a contributor' }],
        });
      }
      if (before.personId === actorId && before.role === 'coordinator' && role !== 'coordinator') {
        await this.assertAnotherCoordinator(tx, reviewId, actorId);
      }
      const row = await tx.membership.update({
        where: { id: membershipId },
        data: { role, organisationId },
        include: memberInclude,
      });
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'member.role_changed',
        targetType: 'membership',
        targetId: membershipId,
        before: { role: before.role, organisationId: before.organisationId },
        after: { role, organisationId },
      });
      return toMember(row);
    });
  }

  private async assertAnotherCoordinator(
    tx: Parameters<Parameters<PrismaService['client']['$transaction']>[0]>[0],
    reviewId: string,
    personId: string,
  ): Promise<void> {
    const others = await tx.membership.count({
      where: { reviewId, role: 'coordinator', personId: { not: personId } },
    });
    if (others === 0) {
      throw new AppError('CONFLICT', 'A review needs at least one coordinator: appoint another one first');
    }
  }

  async remove(reviewId: string, membershipId: string, actorId: string): Promise<void> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'remove people');
    await this.prisma.client.$transaction(async (tx) => {
      const before = await tx.membership.findFirst({ where: { id: membershipId, reviewId } });
      if (!before) throw new AppError('NOT_FOUND', 'There is no such member in this review');
      if (before.role === 'coordinator') {
        await this.assertAnotherCoordinator(tx, reviewId, before.personId);
      }
      await tx.membership.delete({ where: { id: membershipId } });
      await tx.invitation.updateMany({
        where: { reviewId, personId: before.personId, usedAt: null, revokedAt: null },
        data: { revokedAt: this.clock.now() },
      });
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'member.removed',
        targetType: 'membership',
        targetId: membershipId,
        before: { personId: before.personId, role: before.role, organisationId: before.organisationId },
      });
    });
  }
}
