import {
  type TCreateWorkshopRequest,
  type TSetParticipantsRequest,
  type TUpdateWorkshopRequest,
  type TWorkshop,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { validationError } from '../../infra/http/validation.pipe';
import { Transactions, type Tx } from '../../infra/prisma/transactions';
import { MailQueue } from '../../infra/queue/mail-queue';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Enqueue } from '../outbox/outbox-planner.service';
import { ReviewWritability } from '../review-state/review-writability';
import { attendanceSummary } from './attendance';
import { toWorkshop } from './workshop.mapper';
import { WorkshopAccess } from './workshop-access.service';
import {
  assertTimes,
  duplicateIssues,
  memberIssues,
  organisationIssues,
  staleVersion,
  throwIfAny,
} from './workshop-checks';
import { WorkshopInvitations } from './workshop-invitations';
import { WorkshopQueriesService } from './workshop-queries.service';
import { type WorkshopRow, WorkshopsRepository } from './workshops.repository';

/** What the audit trail keeps of a workshop's own fields. */
function fieldsOf(row: WorkshopRow) {
  return {
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    mode: row.mode,
    place: row.place,
    agenda: row.agenda,
    minutes: row.minutes,
    outcomes: row.outcomes,
    organiserIds: row.organisers.map((organiser) => organiser.organisation.id).sort(),
  };
}

function attendanceOf(row: WorkshopRow) {
  const { organisations, people, text } = attendanceSummary(row.participants);
  return {
    participants: row.participants.length,
    attendedOrganisations: organisations,
    attended: people,
    text,
  };
}

/** Recording a workshop: its details, organisers and participants (coordinator). */
@Injectable()
export class WorkshopEditingService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly transactions: Transactions,
    private readonly workshops: WorkshopsRepository,
    private readonly access: AccessService,
    private readonly workshopAccess: WorkshopAccess,
    private readonly audit: AuditService,
    private readonly queries: WorkshopQueriesService,
    private readonly invitations: WorkshopInvitations,
    private readonly queue: MailQueue,
  ) {}

  async create(reviewId: string, actorId: string, input: TCreateWorkshopRequest): Promise<TWorkshop> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'record workshops');
    const startsAt = new Date(input.startsAt);
    const endsAt = input.endsAt ? new Date(input.endsAt) : null;
    assertTimes(startsAt, endsAt);
    return this.transactions.run(async (tx) => {
      // Once the report is submitted the review is read-only until an amendment reopens it.
      await this.writability.assertWritable(tx, reviewId);
      await this.checkOrganisers(tx, reviewId, input.organiserIds);
      const row = await this.workshops.create(tx, { ...input, reviewId, startsAt, endsAt });
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'workshop.created',
        targetType: 'workshop',
        targetId: row.id,
        after: fieldsOf(row),
      });
      return toWorkshop(row);
    });
  }

  async update(workshopId: string, actorId: string, input: TUpdateWorkshopRequest): Promise<TWorkshop> {
    const { reviewId } = await this.workshopAccess.workshop(
      workshopId,
      actorId,
      ['coordinator'],
      'change workshops',
    );
    const { version, organiserIds, ...changes } = input;
    if (organiserIds === undefined && Object.values(changes).every((value) => value === undefined)) {
      throw validationError([{ path: '', message: 'give at least one field to change besides version' }]);
    }
    const enqueue: Enqueue = [];
    const updated = await this.transactions.run(async (tx) => {
      // Once the report is submitted the review is read-only until an amendment reopens it.
      await this.writability.assertWritable(tx, reviewId);
      const current = await this.takeVersion(tx, workshopId, version);
      const startsAt = changes.startsAt ? new Date(changes.startsAt) : current.startsAt;
      const endsAt =
        changes.endsAt === undefined ? current.endsAt : changes.endsAt ? new Date(changes.endsAt) : null;
      assertTimes(startsAt, endsAt);
      if (organiserIds) {
        await this.checkOrganisers(tx, reviewId, organiserIds);
        await this.workshops.replaceOrganisers(tx, workshopId, organiserIds);
      }
      await this.workshops.update(tx, workshopId, { ...changes, startsAt, endsAt });
      const row = await this.queries.row(workshopId, tx);
      const before = fieldsOf(current);
      const after = fieldsOf(row);
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
        (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
      );
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'workshop.updated',
        targetType: 'workshop',
        targetId: workshopId,
        before: { version, ...Object.fromEntries(changed.map((key) => [key, before[key]])) },
        after: { version: row.version, ...Object.fromEntries(changed.map((key) => [key, after[key]])) },
      });
      enqueue.push(...(await this.invitations.plan(tx, current, row)));
      return toWorkshop(row);
    });
    await this.queue.enqueueAfterCommit(enqueue);
    return updated;
  }

  /** Replaces the list of participants; each is a member of the review or a named delegate. */
  async setParticipants(
    workshopId: string,
    actorId: string,
    input: TSetParticipantsRequest,
  ): Promise<TWorkshop> {
    const { reviewId } = await this.workshopAccess.workshop(
      workshopId,
      actorId,
      ['coordinator'],
      'record participants',
    );
    const people = input.participants.map((participant) => participant.personId);
    const organisations = input.participants.map((participant) => participant.organisationId);
    const enqueue: Enqueue = [];
    const updated = await this.transactions.run(async (tx) => {
      // Once the report is submitted the review is read-only until an amendment reopens it.
      await this.writability.assertWritable(tx, reviewId);
      const current = await this.takeVersion(tx, workshopId, input.version);
      throwIfAny([
        ...organisationIssues(
          organisations,
          await this.workshops.organisationsAmong(tx, reviewId, organisations),
          (index) => `participants.${index}.organisationId`,
        ),
        ...memberIssues(
          people,
          await this.workshops.membersAmong(tx, reviewId, people),
          (index) => `participants.${index}.personId`,
        ),
        ...duplicateIssues(people, (index) => `participants.${index}.personId`),
        ...input.participants.flatMap((participant, index) =>
          participant.personId === null && !participant.name
            ? [{ path: `participants.${index}.name`, message: 'give a person of the review or a name' }]
            : [],
        ),
      ]);
      await this.workshops.replaceParticipants(
        tx,
        workshopId,
        input.participants.map((participant) => ({
          organisationId: participant.organisationId,
          personId: participant.personId,
          name: participant.name || null,
          invited: participant.invited,
          attended: participant.attended,
        })),
      );
      const row = await this.queries.row(workshopId, tx);
      await this.audit.record(tx, {
        reviewId,
        actorId,
        action: 'workshop.participants_set',
        targetType: 'workshop',
        targetId: workshopId,
        before: { version: input.version, ...attendanceOf(current) },
        after: { version: row.version, ...attendanceOf(row) },
      });
      enqueue.push(...(await this.invitations.plan(tx, current, row)));
      return toWorkshop(row);
    });
    await this.queue.enqueueAfterCommit(enqueue);
    return updated;
  }

  private async checkOrganisers(tx: Tx, reviewId: string, organiserIds: string[]): Promise<void> {
    const pathOf = (index: number) => `organiserIds.${index}`;
    throwIfAny([
      ...duplicateIssues(organiserIds, pathOf),
      ...organisationIssues(
        organiserIds,
        await this.workshops.organisationsAmong(tx, reviewId, organiserIds),
        pathOf,
      ),
    ]);
  }

  /**
   * Takes the workshop's version: the guarded update refuses a stale version (with the current
   * workshop) and locks the row until the transaction ends. Returns the workshop's fields as they
   * were before this change (with the new version number).
   */
  private async takeVersion(tx: Tx, workshopId: string, version: number): Promise<WorkshopRow> {
    if (!(await this.workshops.takeVersion(tx, workshopId, version))) {
      const current = await this.queries.row(workshopId, tx);
      throw staleVersion('workshop', version, current.version, toWorkshop(current));
    }
    return this.queries.row(workshopId, tx);
  }
}
