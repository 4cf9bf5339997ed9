import { AppError, type TMember, type TUpdateMemberRequest } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { memberInclude, toMember } from './member.mapper';
import { assertReviewOrganisation } from './member-checks';

/** People and their roles in one review (inviting them is InvitationsService). Coordinator only for changes. */
@Injectable()
export class MembersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
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

  async update(
    reviewId: string,
    membershipId: string,
    actorId: string,
    input: TUpdateMemberRequest,
  ): Promise<TMember> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'change roles');
    await assertReviewOrganisation(this.prisma.client, reviewId, input.organisationId);
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
