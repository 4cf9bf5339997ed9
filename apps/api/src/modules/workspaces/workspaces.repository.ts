import type { OrganisationType, Prisma } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

const organisationRef = { select: { id: true, name: true, shortName: true, type: true } } as const;

const workspaceSelect = {
  id: true,
  country: true,
  reviews: { select: { id: true, title: true, cycle: true, status: true }, orderBy: { cycle: 'asc' } },
  _count: {
    select: { organisations: { where: { archivedAt: null } }, contacts: { where: { archivedAt: null } } },
  },
} satisfies Prisma.WorkspaceSelect;
export type WorkspaceRow = Prisma.WorkspaceGetPayload<{ select: typeof workspaceSelect }>;

/** Everything that refers to an organisation: while any count is above 0 it cannot be deleted. */
const organisationSelect = {
  id: true,
  name: true,
  shortName: true,
  type: true,
  archivedAt: true,
  _count: {
    select: {
      reviews: true,
      contacts: true,
      memberships: true,
      assignments: true,
      coordinating: true,
      workshopsOrganised: true,
      workshopSeats: true,
      actionItems: true,
      voteEligibility: true,
    },
  },
} satisfies Prisma.OrganisationSelect;
export type DirectoryOrganisationRow = Prisma.OrganisationGetPayload<{ select: typeof organisationSelect }>;

const contactSelect = {
  personId: true,
  title: true,
  archivedAt: true,
  organisation: organisationRef,
  person: { select: { name: true, email: true } },
} satisfies Prisma.WorkspaceContactSelect;
export type ContactRow = Prisma.WorkspaceContactGetPayload<{ select: typeof contactSelect }>;

/** What in a country's reviews refers to a person, by kind. */
export interface PersonUses {
  memberships: number;
  headContacts: number;
  focalPoints: number;
}

export interface NewDirectoryOrganisation {
  name: string;
  shortName: string | null;
  type: OrganisationType;
}

/** Country workspaces: their organisations and people. */
@Injectable()
export class WorkspacesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Workspaces where the person coordinates a review (accepted), or all of them. */
  list(coordinatorId: string | null): Promise<WorkspaceRow[]> {
    return this.prisma.client.workspace.findMany({
      where: coordinatorId ? coordinatedBy(coordinatorId) : {},
      select: workspaceSelect,
      orderBy: { country: 'asc' },
    });
  }

  async isAdministrator(personId: string): Promise<boolean> {
    const person = await this.prisma.client.person.findUnique({
      where: { id: personId },
      select: { isAdministrator: true },
    });
    return person?.isAdministrator ?? false;
  }

  /** The workspace, if the person coordinates one of its reviews. */
  findCoordinated(
    tx: Tx | null,
    workspaceId: string,
    personId: string,
  ): Promise<{ id: string; country: string } | null> {
    return (tx ?? this.prisma.client).workspace.findFirst({
      where: { id: workspaceId, ...coordinatedBy(personId) },
      select: { id: true, country: true },
    });
  }

  organisations(workspaceId: string, includeArchived: boolean): Promise<DirectoryOrganisationRow[]> {
    return this.prisma.client.organisation.findMany({
      where: { workspaceId, ...(includeArchived ? {} : { archivedAt: null }) },
      select: organisationSelect,
      orderBy: { name: 'asc' },
    });
  }

  organisation(
    tx: Tx,
    workspaceId: string,
    organisationId: string,
  ): Promise<DirectoryOrganisationRow | null> {
    return tx.organisation.findFirst({
      where: { id: organisationId, workspaceId },
      select: organisationSelect,
    });
  }

  organisationNamed(tx: Tx, workspaceId: string, name: string): Promise<{ id: string } | null> {
    return tx.organisation.findFirst({ where: { workspaceId, name }, select: { id: true } });
  }

  createOrganisation(
    tx: Tx,
    workspace: { id: string; country: string },
    organisation: NewDirectoryOrganisation,
  ): Promise<DirectoryOrganisationRow> {
    return tx.organisation.create({
      data: { ...organisation, country: workspace.country, workspaceId: workspace.id },
      select: organisationSelect,
    });
  }

  updateOrganisation(
    tx: Tx,
    organisationId: string,
    data: Partial<NewDirectoryOrganisation> & { archivedAt?: Date | null },
  ): Promise<DirectoryOrganisationRow> {
    return tx.organisation.update({ where: { id: organisationId }, data, select: organisationSelect });
  }

  async deleteOrganisation(tx: Tx, organisationId: string): Promise<void> {
    await tx.organisation.delete({ where: { id: organisationId } });
  }

  contacts(workspaceId: string, includeArchived: boolean): Promise<ContactRow[]> {
    return this.prisma.client.workspaceContact.findMany({
      where: { workspaceId, ...(includeArchived ? {} : { archivedAt: null }) },
      select: contactSelect,
      orderBy: { person: { name: 'asc' } },
    });
  }

  contact(tx: Tx, workspaceId: string, personId: string): Promise<ContactRow | null> {
    return tx.workspaceContact.findUnique({
      where: { workspaceId_personId: { workspaceId, personId } },
      select: contactSelect,
    });
  }

  /** Lower-cased e-mail addresses of the directory's people. */
  async contactEmails(tx: Tx, workspaceId: string): Promise<Set<string>> {
    const rows = await tx.workspaceContact.findMany({
      where: { workspaceId },
      select: { person: { select: { email: true } } },
    });
    return new Set(rows.map((row) => row.person.email));
  }

  /** Organisation names of the directory, archived ones flagged. */
  async organisationNames(
    tx: Tx,
    workspaceId: string,
  ): Promise<Map<string, { id: string; archived: boolean }>> {
    const rows = await tx.organisation.findMany({
      where: { workspaceId },
      select: { id: true, name: true, archivedAt: true },
    });
    return new Map(rows.map((row) => [row.name, { id: row.id, archived: row.archivedAt !== null }]));
  }

  /**
   * The account with this e-mail address, made (with no password: it is activated by an
   * invitation) when there is none. An existing account is never changed from a directory.
   */
  personByEmail(
    tx: Tx,
    person: { email: string; name: string; title: string | null },
  ): Promise<{ id: string }> {
    return tx.person.upsert({
      where: { email: person.email },
      create: person,
      update: {},
      select: { id: true },
    });
  }

  createContact(
    tx: Tx,
    contact: { workspaceId: string; personId: string; organisationId: string | null; title: string | null },
  ): Promise<ContactRow> {
    return tx.workspaceContact.create({ data: contact, select: contactSelect });
  }

  updateContact(
    tx: Tx,
    workspaceId: string,
    personId: string,
    data: { title?: string | null; organisationId?: string | null; archivedAt?: Date | null },
  ): Promise<ContactRow> {
    return tx.workspaceContact.update({
      where: { workspaceId_personId: { workspaceId, personId } },
      data,
      select: contactSelect,
    });
  }

  async deleteContact(tx: Tx, workspaceId: string, personId: string): Promise<void> {
    await tx.workspaceContact.delete({ where: { workspaceId_personId: { workspaceId, personId } } });
  }

  /** Per person, what in the workspace's reviews refers to them. */
  async personUses(
    tx: Tx | null,
    workspaceId: string,
    personIds: string[],
  ): Promise<Map<string, PersonUses>> {
    const db = tx ?? this.prisma.client;
    const inWorkspace = { workspaceId };
    const [memberships, heads, focal] = await Promise.all([
      db.membership.groupBy({
        by: ['personId'],
        where: { personId: { in: personIds }, review: inWorkspace },
        _count: true,
      }),
      db.reviewOrganisation.groupBy({
        by: ['headContactId'],
        where: { headContactId: { in: personIds }, review: inWorkspace },
        _count: true,
      }),
      db.assignmentFocalPoint.groupBy({
        by: ['personId'],
        where: { personId: { in: personIds }, assignment: { review: inWorkspace } },
        _count: true,
      }),
    ]);
    const uses = new Map(personIds.map((id) => [id, { memberships: 0, headContacts: 0, focalPoints: 0 }]));
    for (const row of memberships) uses.get(row.personId)!.memberships = row._count;
    for (const row of heads) if (row.headContactId) uses.get(row.headContactId)!.headContacts = row._count;
    for (const row of focal) uses.get(row.personId)!.focalPoints = row._count;
    return uses;
  }

  /** Makes the organisations take part in the review (those already taking part are left). */
  async takePart(tx: Tx, reviewId: string, organisationIds: string[]): Promise<number> {
    const created = await tx.reviewOrganisation.createMany({
      data: organisationIds.map((organisationId) => ({ reviewId, organisationId })),
      skipDuplicates: true,
    });
    return created.count;
  }

  /** The review, if it belongs to the workspace. */
  reviewIn(tx: Tx, workspaceId: string, reviewId: string): Promise<{ id: string } | null> {
    return tx.review.findFirst({ where: { id: reviewId, workspaceId }, select: { id: true } });
  }
}

function coordinatedBy(personId: string): Prisma.WorkspaceWhereInput {
  return {
    reviews: {
      some: { memberships: { some: { personId, role: 'coordinator', acceptedAt: { not: null } } } },
    },
  };
}
