import { AppError, type TMember, type TUpdateMemberRequest } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { Transactions, type Tx } from '../../infra/prisma/transactions';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { ReviewWritability } from '../review-state/review-writability';
import { InvitationsRepository } from './invitations.repository';
import { toMember } from './member.mapper';
import { assertReviewOrganisation } from './member-checks';
import { MembersRepository } from './members.repository';

/** People and their roles in one review (inviting them is InvitationsService). Coordinator only for changes. */
@Injectable()
export class MembersService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly members: MembersRepository,
    private readonly invitations: InvitationsRepository,
    private readonly transactions: Transactions,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(reviewId: string, personId: string): Promise<TMember[]> {
    await this.access.forReview(reviewId, personId);
    const rows = await this.members.list(reviewId);
    return rows.map(toMember);
  }

  async update(
    reviewId: string,
    membershipId: string,
    actorId: string,
    input: TUpdateMemberRequest,
  ): Promise<TMember> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'change roles');
    await assertReviewOrganisation(this.members, reviewId, input.organisationId);
    return this.transactions.run(
      async (tx) => {
        // Once the report is submitted the review is read-only until an amendment reopens it.
        await this.writability.assertWritable(tx, reviewId);
        const before = await this.members.findInReview(tx, reviewId, membershipId);
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
        const row = await this.members.change(tx, membershipId, { role, organisationId });
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
      },
      { timeout: 5_000 },
    );
  }

  private async assertAnotherCoordinator(tx: Tx, reviewId: string, personId: string): Promise<void> {
    const others = await this.members.otherCoordinators(tx, reviewId, personId);
    if (others === 0) {
      throw new AppError('CONFLICT', 'A review needs at least one coordinator: appoint another one first');
    }
  }

  async remove(reviewId: string, membershipId: string, actorId: string): Promise<void> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'remove people');
    await this.transactions.run(
      async (tx) => {
        // Once the report is submitted the review is read-only until an amendment reopens it.
        await this.writability.assertWritable(tx, reviewId);
        const before = await this.members.findInReview(tx, reviewId, membershipId);
        if (!before) throw new AppError('NOT_FOUND', 'There is no such member in this review');
        if (before.role === 'coordinator') {
          await this.assertAnotherCoordinator(tx, reviewId, before.personId);
        }
        await this.members.delete(tx, membershipId);
        await this.invitations.revokePending(tx, reviewId, before.personId, this.clock.now());
        await this.audit.record(tx, {
          reviewId,
          actorId,
          action: 'member.removed',
          targetType: 'membership',
          targetId: membershipId,
          before: { personId: before.personId, role: before.role, organisationId: before.organisationId },
        });
      },
      { timeout: 5_000 },
    );
  }
}
