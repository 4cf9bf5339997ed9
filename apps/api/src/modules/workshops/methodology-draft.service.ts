import type { TMethodologyDraft } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { AccessService } from '../access/access.service';
import { attendanceSummary } from './attendance';
import { methodologyDraft } from './methodology-text';
import { orderedOrganisers, workshopInclude } from './workshop.mapper';

/** Question 9 drafted from the recorded workshops and the finalised priority vote. */
@Injectable()
export class MethodologyDraftService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
  ) {}

  async draft(reviewId: string, personId: string): Promise<TMethodologyDraft> {
    await this.access.require(
      reviewId,
      personId,
      ['coordinator', 'contributor', 'observer'],
      'read the methodology draft',
    );
    const [review, workshops, round] = await Promise.all([
      this.prisma.client.review.findUniqueOrThrow({ where: { id: reviewId }, select: { timeZone: true } }),
      this.prisma.client.workshop.findMany({
        where: { reviewId },
        include: workshopInclude,
        orderBy: [{ startsAt: 'asc' }, { createdAt: 'asc' }],
      }),
      this.prisma.client.voteRound.findFirst({
        where: { reviewId, finalisedAt: { not: null } },
        orderBy: { finalisedAt: 'desc' },
        select: {
          title: true,
          eligibility: true,
          _count: { select: { ballots: true, eligible: true, priorities: true } },
        },
      }),
    ]);
    const body = methodologyDraft(
      workshops.map((row) => ({
        title: row.title,
        startsAt: row.startsAt,
        organisers: orderedOrganisers(row),
        attendanceText: attendanceSummary(row.participants).text,
        agenda: row.agenda,
        outcomes: row.outcomes,
      })),
      round
        ? {
            title: round.title,
            eligibility: round.eligibility,
            ballots: round._count.ballots,
            eligible: round._count.eligible,
            priorities: round._count.priorities,
          }
        : null,
      review.timeZone,
    );
    return { body };
  }
}
