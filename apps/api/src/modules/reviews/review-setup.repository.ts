import { type OrganisationType, questionRowsFromTemplate, type Review, type ReviewStatus } from '@gcm/db';
import { fromDateColumn, type TQuestionnaire, toDateColumn } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

export interface NewReview {
  workspaceId: string;
  country: string;
  cycle: number;
  title: string;
  timeZone: string;
  /** YYYY-MM-DD */
  finalDueDate: string;
  /** HH:MM in timeZone; null = the end of finalDueDate. */
  finalDueTime: string | null;
  contactOffice: string;
  contactName: string;
  contactTitle: string;
  contactEmail: string;
  recipientsTo: string[];
  recipientsCc: string[];
}

/** A review's settings, with its final due date as YYYY-MM-DD. */
export type ReviewSettings = Omit<Review, 'finalDueDate'> & { finalDueDate: string };

/** The settings a coordinator may change; a field left undefined stays as it is. */
export interface ReviewSettingsChange {
  title?: string;
  country?: string;
  status?: ReviewStatus;
  timeZone?: string;
  /** YYYY-MM-DD */
  finalDueDate?: string;
  finalDueTime?: string | null;
  coordinatingOrganisationId?: string | null;
  contactOffice?: string;
  contactName?: string;
  contactTitle?: string;
  contactEmail?: string;
  contactPhone?: string;
  contactMailingAddress?: string;
  recipientsTo?: string[];
  recipientsCc?: string[];
  consentToPublish?: boolean | null;
  mailSenderName?: string | null;
  mailReplyTo?: string | null;
}

/** Who starts a review: their details fill its contact block and its coordinating office. */
export interface ReviewCreator {
  isAdministrator: boolean;
  mayCreateReviews: boolean;
  name: string;
  title: string | null;
  email: string;
  organisation: { name: string; shortName: string | null; type: OrganisationType } | null;
}

/** Starting a review from a survey template, and changing its settings. */
@Injectable()
export class ReviewSetupRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Whether the country already has a review of this template for the cycle. */
  async editionExists(edition: { country: string; cycle: number; templateKey: string }): Promise<boolean> {
    const duplicate = await this.prisma.client.review.findUnique({
      where: { country_cycle_templateKey: edition },
      select: { id: true },
    });
    return duplicate !== null;
  }

  creator(personId: string): Promise<ReviewCreator> {
    return this.prisma.client.person.findUniqueOrThrow({
      where: { id: personId },
      select: {
        isAdministrator: true,
        mayCreateReviews: true,
        name: true,
        title: true,
        email: true,
        organisation: { select: { name: true, shortName: true, type: true } },
      },
    });
  }

  /** The review with its own copy of the template's questions. */
  create(
    tx: Tx,
    template: TQuestionnaire,
    review: NewReview,
  ): Promise<{ id: string; title: string; country: string; cycle: number; workspaceId: string }> {
    return tx.review.create({
      data: {
        ...review,
        templateKey: template.key,
        templateVersion: template.version,
        templateLanguage: template.language,
        finalDueDate: toDateColumn(review.finalDueDate),
        questions: { create: questionRowsFromTemplate(template) },
      },
      select: { id: true, title: true, country: true, cycle: true, workspaceId: true },
    });
  }

  /** The country's workspace and whether the person coordinates one of its reviews; null = none yet. */
  async workspaceOf(
    tx: Tx,
    country: string,
    personId: string,
  ): Promise<{ id: string; coordinatedByPerson: boolean } | null> {
    const workspace = await tx.workspace.findUnique({
      where: { country },
      select: {
        id: true,
        reviews: {
          where: { memberships: { some: { personId, role: 'coordinator', acceptedAt: { not: null } } } },
          select: { id: true },
          take: 1,
        },
      },
    });
    return workspace && { id: workspace.id, coordinatedByPerson: workspace.reviews.length > 0 };
  }

  async createWorkspace(tx: Tx, country: string): Promise<string> {
    const created = await tx.workspace.create({ data: { country }, select: { id: true } });
    return created.id;
  }

  /**
   * The organisation of that name in the country's directory (made if missing, brought back if
   * archived), taking part in the review; returns its id. A row of another country is never used.
   */
  async takePartAs(
    tx: Tx,
    review: { id: string; workspaceId: string },
    organisation: { name: string; shortName: string | null; type: OrganisationType; country: string },
  ): Promise<string> {
    const row = await tx.organisation.upsert({
      where: { workspaceId_name: { workspaceId: review.workspaceId, name: organisation.name } },
      create: { ...organisation, workspaceId: review.workspaceId },
      update: { archivedAt: null },
      select: { id: true },
    });
    await tx.reviewOrganisation.create({ data: { reviewId: review.id, organisationId: row.id } });
    return row.id;
  }

  /** Puts the person in the country's directory (kept as it is when already there). */
  async addContact(
    tx: Tx,
    workspaceId: string,
    personId: string,
    organisationId: string | null,
  ): Promise<void> {
    await tx.workspaceContact.upsert({
      where: { workspaceId_personId: { workspaceId, personId } },
      create: { workspaceId, personId, organisationId },
      update: {},
    });
  }

  async takesPart(tx: Tx, reviewId: string, organisationId: string): Promise<boolean> {
    const link = await tx.reviewOrganisation.findUnique({
      where: { reviewId_organisationId: { reviewId, organisationId } },
      select: { organisationId: true },
    });
    return link !== null;
  }

  async setCoordinatingOrganisation(tx: Tx, reviewId: string, organisationId: string): Promise<void> {
    await tx.review.update({ where: { id: reviewId }, data: { coordinatingOrganisationId: organisationId } });
  }

  /** The creator's membership, accepted at once (they started the review). */
  async addCoordinator(
    tx: Tx,
    reviewId: string,
    personId: string,
    organisationId: string | null,
  ): Promise<void> {
    await tx.membership.create({ data: { reviewId, personId, role: 'coordinator', organisationId } });
  }

  async settings(tx: Tx, reviewId: string): Promise<ReviewSettings> {
    const review = await tx.review.findUniqueOrThrow({ where: { id: reviewId } });
    return { ...review, finalDueDate: fromDateColumn(review.finalDueDate) };
  }

  /** How many assignments still being worked on are due after `date` (YYYY-MM-DD). */
  openAssignmentsDueAfter(tx: Tx, reviewId: string, date: string): Promise<number> {
    return tx.assignment.count({
      where: {
        reviewId,
        state: { in: ['not_started', 'drafting', 'changes_requested'] },
        dueDate: { gt: toDateColumn(date) },
      },
    });
  }

  /** Applies a change if the review is still at `version`; false when someone changed it first. */
  async updateIfVersion(
    tx: Tx,
    reviewId: string,
    version: number,
    change: ReviewSettingsChange,
  ): Promise<boolean> {
    const { finalDueDate, ...rest } = change;
    const updated = await tx.review.updateMany({
      where: { id: reviewId, version },
      data: {
        ...rest,
        finalDueDate: finalDueDate === undefined ? undefined : toDateColumn(finalDueDate),
        version: { increment: 1 },
      },
    });
    return updated.count > 0;
  }
}
