import type { TMethodologyDraft } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { attendanceSummary } from './attendance';
import { methodologyDraft } from './methodology-text';
import { orderedOrganisers } from './workshop.mapper';
import { WorkshopsRepository } from './workshops.repository';

/** Question 9 drafted from the recorded workshops and the finalised priority vote. */
@Injectable()
export class MethodologyDraftService {
  constructor(
    private readonly workshops: WorkshopsRepository,
    private readonly access: AccessService,
  ) {}

  async draft(reviewId: string, personId: string): Promise<TMethodologyDraft> {
    await this.access.require(
      reviewId,
      personId,
      ['coordinator', 'contributor', 'observer'],
      'read the methodology draft',
    );
    const [timeZone, workshops, vote] = await Promise.all([
      this.workshops.timeZoneOf(reviewId),
      this.workshops.ofReview(reviewId),
      this.workshops.lastFinalisedVote(reviewId),
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
      vote,
      timeZone,
    );
    return { body };
  }
}
