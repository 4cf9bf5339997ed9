import {
  AppError,
  type TCreateDirectoryPersonRequest,
  type TCreateOrganisationRequest,
  type TDirectoryOrganisation,
  type TDirectoryPerson,
  type TUpdateDirectoryOrganisationRequest,
  type TUpdateDirectoryPersonRequest,
  type TWorkspace,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { Transactions, type Tx } from '../../infra/prisma/transactions';
import { AuditService } from '../audit/audit.service';
import { WorkspaceAccess } from './workspace-access';
import {
  type ContactRow,
  type DirectoryOrganisationRow,
  type PersonUses,
  WorkspacesRepository,
} from './workspaces.repository';

const ORGANISATION_USES: Record<keyof DirectoryOrganisationRow['_count'], string> = {
  reviews: 'review',
  contacts: 'person',
  memberships: 'member',
  assignments: 'assignment',
  coordinating: 'coordinated review',
  workshopsOrganised: 'workshop organised',
  workshopSeats: 'workshop seat',
  actionItems: 'action item',
  voteEligibility: 'vote round',
};

/** "3 reviews, 1 person": what still refers to a row, for the message refusing its deletion. */
function usesText(uses: Record<string, number>, nouns: Record<string, string>): string {
  return Object.entries(uses)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => {
      const noun = nouns[kind] ?? kind;
      return `${count} ${count === 1 ? noun : noun === 'person' ? 'people' : `${noun}s`}`;
    })
    .join(', ');
}

export function toDirectoryOrganisation(row: DirectoryOrganisationRow): TDirectoryOrganisation {
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    type: row.type,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    reviewCount: row._count.reviews,
    peopleCount: row._count.contacts,
    deletable: Object.values(row._count).every((count) => count === 0),
  };
}

function toDirectoryPerson(row: ContactRow, uses: PersonUses): TDirectoryPerson {
  return {
    personId: row.personId,
    name: row.person.name,
    email: row.person.email,
    title: row.title,
    organisation: row.organisation,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    reviewCount: uses.memberships,
    deletable: Object.values(uses).every((count) => count === 0),
  };
}

/**
 * What `archived` in an edit does to a row: archive it (keeping the first date), restore it, or
 * leave it; and the audit verb for the edit.
 */
function archiveChange(
  archivedAt: Date | null,
  archived: boolean | undefined,
  now: Date,
): { archivedAt: Date | null | undefined; verb: 'archived' | 'restored' | 'updated' } {
  if (archived === undefined) return { archivedAt: undefined, verb: 'updated' };
  if (archived) return { archivedAt: archivedAt ?? now, verb: archivedAt ? 'updated' : 'archived' };
  return { archivedAt: null, verb: archivedAt ? 'restored' : 'updated' };
}

const PERSON_USES: Record<keyof PersonUses, string> = {
  memberships: 'review membership',
  headContacts: 'head-contact role',
  focalPoints: 'focal-point assignment',
};

/**
 * A country's directory of organisations and people, kept by the coordinators of its reviews and
 * reused by each new cycle. Archiving hides a row from new work and keeps it for history; deleting
 * is possible only while nothing refers to it.
 */
@Injectable()
export class WorkspacesService {
  constructor(
    private readonly workspaces: WorkspacesRepository,
    private readonly access: WorkspaceAccess,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The workspaces the person coordinates in; an administrator sees every one (counts, no content). */
  async list(personId: string): Promise<TWorkspace[]> {
    const administrator = await this.access.isAdministrator(personId);
    const rows = await this.workspaces.list(administrator ? null : personId);
    return rows.map(({ _count, ...row }) => ({
      ...row,
      organisationCount: _count.organisations,
      peopleCount: _count.contacts,
    }));
  }

  async organisations(
    workspaceId: string,
    personId: string,
    archived: boolean,
  ): Promise<TDirectoryOrganisation[]> {
    await this.access.require(null, workspaceId, personId);
    const rows = await this.workspaces.organisations(workspaceId, archived);
    return rows.map(toDirectoryOrganisation);
  }

  createOrganisation(
    workspaceId: string,
    actorId: string,
    input: TCreateOrganisationRequest,
  ): Promise<TDirectoryOrganisation> {
    return this.transactions.run(async (tx) => {
      const workspace = await this.access.require(tx, workspaceId, actorId);
      await this.assertNameFree(tx, workspace, input.name);
      const row = await this.workspaces.createOrganisation(tx, workspace, {
        name: input.name,
        shortName: input.shortName ?? null,
        type: input.type,
      });
      await this.record(tx, workspaceId, actorId, 'organisation.added', row.id, null, {
        name: row.name,
        shortName: row.shortName,
        type: row.type,
      });
      return toDirectoryOrganisation(row);
    });
  }

  updateOrganisation(
    workspaceId: string,
    organisationId: string,
    actorId: string,
    input: TUpdateDirectoryOrganisationRequest,
  ): Promise<TDirectoryOrganisation> {
    return this.transactions.run(async (tx) => {
      const workspace = await this.access.require(tx, workspaceId, actorId);
      const before = await this.organisationOr404(tx, workspace, organisationId);
      if (input.name !== undefined && input.name !== before.name) {
        await this.assertNameFree(tx, workspace, input.name);
      }
      const { archivedAt, verb } = archiveChange(before.archivedAt, input.archived, this.clock.now());
      const row = await this.workspaces.updateOrganisation(tx, organisationId, {
        name: input.name,
        shortName: input.shortName,
        type: input.type,
        archivedAt,
      });
      await this.record(
        tx,
        workspaceId,
        actorId,
        `organisation.${verb}`,
        organisationId,
        organisationFacts(before),
        organisationFacts(row),
      );
      return toDirectoryOrganisation(row);
    });
  }

  async deleteOrganisation(workspaceId: string, organisationId: string, actorId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const workspace = await this.access.require(tx, workspaceId, actorId);
      const row = await this.organisationOr404(tx, workspace, organisationId);
      const uses = usesText(row._count, ORGANISATION_USES);
      if (uses) {
        throw new AppError(
          'CONFLICT',
          `${row.name} cannot be deleted while something refers to it (${uses}): archive it instead`,
        );
      }
      await this.workspaces.deleteOrganisation(tx, organisationId);
      await this.record(
        tx,
        workspaceId,
        actorId,
        'organisation.deleted',
        organisationId,
        organisationFacts(row),
        null,
      );
    });
  }

  async people(workspaceId: string, personId: string, archived: boolean): Promise<TDirectoryPerson[]> {
    await this.access.require(null, workspaceId, personId);
    const rows = await this.workspaces.contacts(workspaceId, archived);
    const uses = await this.workspaces.personUses(
      null,
      workspaceId,
      rows.map((row) => row.personId),
    );
    return rows.map((row) => toDirectoryPerson(row, uses.get(row.personId)!));
  }

  /**
   * Adds a person to the directory. An account that already exists for the address (in this
   * country or another) is referred to and never changed; the person gets access to nothing
   * until a coordinator invites them to a review.
   */
  createPerson(
    workspaceId: string,
    actorId: string,
    input: TCreateDirectoryPersonRequest,
  ): Promise<TDirectoryPerson> {
    return this.transactions.run(async (tx) => {
      const workspace = await this.access.require(tx, workspaceId, actorId);
      if (input.organisationId) await this.assertUsableOrganisation(tx, workspace, input.organisationId);
      const person = await this.workspaces.personByEmail(tx, {
        email: input.email,
        name: input.name,
        title: input.title ?? null,
      });
      if (await this.workspaces.contact(tx, workspaceId, person.id)) {
        throw new AppError('CONFLICT', `${input.email} is already in the ${workspace.country} directory`, {
          fieldErrors: [{ path: 'email', message: 'is already in the directory' }],
        });
      }
      const row = await this.workspaces.createContact(tx, {
        workspaceId,
        personId: person.id,
        organisationId: input.organisationId ?? null,
        title: input.title ?? null,
      });
      await this.record(tx, workspaceId, actorId, 'person.added', person.id, null, contactFacts(row));
      return toDirectoryPerson(row, { memberships: 0, headContacts: 0, focalPoints: 0 });
    });
  }

  updatePerson(
    workspaceId: string,
    personId: string,
    actorId: string,
    input: TUpdateDirectoryPersonRequest,
  ): Promise<TDirectoryPerson> {
    return this.transactions.run(async (tx) => {
      const workspace = await this.access.require(tx, workspaceId, actorId);
      const before = await this.contactOr404(tx, workspace, personId);
      if (input.organisationId) await this.assertUsableOrganisation(tx, workspace, input.organisationId);
      const { archivedAt, verb } = archiveChange(before.archivedAt, input.archived, this.clock.now());
      const row = await this.workspaces.updateContact(tx, workspaceId, personId, {
        title: input.title,
        organisationId: input.organisationId,
        archivedAt,
      });
      await this.record(
        tx,
        workspaceId,
        actorId,
        `person.${verb}`,
        personId,
        contactFacts(before),
        contactFacts(row),
      );
      const uses = await this.workspaces.personUses(tx, workspaceId, [personId]);
      return toDirectoryPerson(row, uses.get(personId)!);
    });
  }

  async deletePerson(workspaceId: string, personId: string, actorId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const workspace = await this.access.require(tx, workspaceId, actorId);
      const row = await this.contactOr404(tx, workspace, personId);
      const uses = usesText(
        { ...(await this.workspaces.personUses(tx, workspaceId, [personId])).get(personId) },
        PERSON_USES,
      );
      if (uses) {
        throw new AppError(
          'CONFLICT',
          `${row.person.name} cannot be removed from the directory while the country’s reviews refer to them (${uses}): archive them instead`,
        );
      }
      await this.workspaces.deleteContact(tx, workspaceId, personId);
      await this.record(tx, workspaceId, actorId, 'person.deleted', personId, contactFacts(row), null);
    });
  }

  private async organisationOr404(
    tx: Tx,
    workspace: { id: string; country: string },
    organisationId: string,
  ): Promise<DirectoryOrganisationRow> {
    const row = await this.workspaces.organisation(tx, workspace.id, organisationId);
    if (!row)
      throw new AppError('NOT_FOUND', `There is no such organisation in the ${workspace.country} directory`);
    return row;
  }

  private async contactOr404(
    tx: Tx,
    workspace: { id: string; country: string },
    personId: string,
  ): Promise<ContactRow> {
    const row = await this.workspaces.contact(tx, workspace.id, personId);
    if (!row)
      throw new AppError('NOT_FOUND', `There is no such person in the ${workspace.country} directory`);
    return row;
  }

  private async assertNameFree(
    tx: Tx,
    workspace: { id: string; country: string },
    name: string,
  ): Promise<void> {
    if (await this.workspaces.organisationNamed(tx, workspace.id, name)) {
      throw new AppError('CONFLICT', `${name} is already in the ${workspace.country} directory`, {
        fieldErrors: [{ path: 'name', message: 'is already in the directory' }],
      });
    }
  }

  private async assertUsableOrganisation(
    tx: Tx,
    workspace: { id: string; country: string },
    organisationId: string,
  ): Promise<void> {
    const organisation = await this.workspaces.organisation(tx, workspace.id, organisationId);
    if (!organisation || organisation.archivedAt) {
      throw new AppError(
        'VALIDATION',
        `The organisation must be one of the ${workspace.country} directory’s current organisations`,
        {
          fieldErrors: [
            { path: 'organisationId', message: organisation ? 'is archived' : 'is not in this directory' },
          ],
        },
      );
    }
  }

  private record(
    tx: Tx,
    workspaceId: string,
    actorId: string,
    action: string,
    targetId: string,
    before: Record<string, string | null> | null,
    after: Record<string, string | null> | null,
  ): Promise<void> {
    const targetType = action.split('.')[0] ?? action;
    return this.audit.record(tx, {
      reviewId: null,
      workspaceId,
      actorId,
      action,
      targetType,
      targetId,
      before,
      after,
    });
  }
}

function organisationFacts(row: DirectoryOrganisationRow): Record<string, string | null> {
  return {
    name: row.name,
    shortName: row.shortName,
    type: row.type,
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}

function contactFacts(row: ContactRow): Record<string, string | null> {
  return {
    email: row.person.email,
    title: row.title,
    organisationId: row.organisation?.id ?? null,
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}
