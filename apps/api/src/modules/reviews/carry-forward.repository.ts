import { type AnswerStatus, type AssignmentRole, Prisma, type ReviewRole } from '@gcm/db';
import { fromDateColumn, type PreviousAssignment, type TAnswerKind, toDateColumn } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';

/** The previous cycle's review as carrying forward reads it. */
export interface CarrySourceReview {
  id: string;
  cycle: number;
  workspaceId: string;
  /** YYYY-MM-DD */
  finalDueDate: string;
  coordinatingOrganisationId: string | null;
  reminderPolicy: Prisma.JsonValue;
  questions: {
    code: string;
    answerKind: TAnswerKind;
    answerConfig: Prisma.JsonValue;
    answer: { body: string; data: Prisma.JsonValue; status: AnswerStatus } | null;
  }[];
  organisations: { organisationId: string; headContactId: string | null }[];
  members: { personId: string; role: ReviewRole; organisationId: string | null }[];
  assignments: PreviousAssignment[];
}

/** A question of the new review, for matching with the previous cycle's. */
export interface CarryTargetQuestion {
  id: string;
  code: string;
  answerKind: TAnswerKind;
  answerConfig: Prisma.JsonValue;
  carryFrom: string[];
}

/** What the new review takes over, checked and planned by the service. */
export interface CarryWrite {
  reviewId: string;
  actorId: string;
  from: { reviewId: string; cycle: number };
  coordinatingOrganisationId: string | null;
  reminderPolicy: Prisma.JsonValue;
  organisations: { organisationId: string; headContactId: string | null }[];
  members: { personId: string; role: ReviewRole; organisationId: string | null }[];
  assignments: {
    questionId: string;
    organisationId: string;
    role: AssignmentRole;
    /** YYYY-MM-DD */
    dueDate: string;
    focalPointIds: string[];
  }[];
  answers: {
    questionId: string;
    fromCodes: string[];
    body: string;
    wordCount: number;
    data: Prisma.JsonValue;
  }[];
}

/** Reading a country's previous review and copying it into its next one. */
@Injectable()
export class CarryForwardRepository {
  /** The review with what carries forward; null when there is none. */
  async source(tx: Tx, reviewId: string): Promise<CarrySourceReview | null> {
    const review = await tx.review.findUnique({
      where: { id: reviewId },
      select: {
        id: true,
        cycle: true,
        workspaceId: true,
        finalDueDate: true,
        coordinatingOrganisationId: true,
        reminderPolicy: true,
        questions: {
          orderBy: { order: 'asc' },
          select: {
            code: true,
            answerKind: true,
            answerConfig: true,
            answer: { select: { body: true, data: true, status: true } },
          },
        },
        organisations: { select: { organisationId: true, headContactId: true } },
        memberships: {
          where: { acceptedAt: { not: null } },
          orderBy: { createdAt: 'asc' },
          select: { personId: true, role: true, organisationId: true },
        },
        assignments: {
          select: {
            organisationId: true,
            role: true,
            dueDate: true,
            question: { select: { code: true } },
            focalPoints: { select: { personId: true } },
          },
        },
      },
    });
    if (!review) return null;
    return {
      id: review.id,
      cycle: review.cycle,
      workspaceId: review.workspaceId,
      finalDueDate: fromDateColumn(review.finalDueDate),
      coordinatingOrganisationId: review.coordinatingOrganisationId,
      reminderPolicy: review.reminderPolicy,
      questions: review.questions,
      organisations: review.organisations,
      members: review.memberships,
      assignments: review.assignments.map((row) => ({
        questionCode: row.question.code,
        organisationId: row.organisationId,
        role: row.role,
        dueDate: fromDateColumn(row.dueDate),
        focalPointIds: row.focalPoints.map((focal) => focal.personId),
      })),
    };
  }

  /** Whether the person coordinates the review (an accepted membership). */
  async coordinates(tx: Tx, reviewId: string, personId: string): Promise<boolean> {
    const membership = await tx.membership.findFirst({
      where: { reviewId, personId, role: 'coordinator', acceptedAt: { not: null } },
      select: { id: true },
    });
    return membership !== null;
  }

  /** Organisations and people of the country's directory that are archived (no new work). */
  async archived(tx: Tx, workspaceId: string): Promise<{ organisations: Set<string>; people: Set<string> }> {
    const [organisations, contacts] = await Promise.all([
      tx.organisation.findMany({
        where: { workspaceId, archivedAt: { not: null } },
        select: { id: true },
      }),
      tx.workspaceContact.findMany({
        where: { workspaceId, archivedAt: { not: null } },
        select: { personId: true },
      }),
    ]);
    return {
      organisations: new Set(organisations.map((row) => row.id)),
      people: new Set(contacts.map((row) => row.personId)),
    };
  }

  /** The new review's questions with what feeds each. */
  targets(tx: Tx, reviewId: string): Promise<CarryTargetQuestion[]> {
    return tx.question.findMany({
      where: { reviewId },
      orderBy: { order: 'asc' },
      select: { id: true, code: true, answerKind: true, answerConfig: true, carryFrom: true },
    });
  }

  /** People already members of the new review (its creator, an invited coordinator). */
  async memberIds(tx: Tx, reviewId: string): Promise<Set<string>> {
    const rows = await tx.membership.findMany({ where: { reviewId }, select: { personId: true } });
    return new Set(rows.map((row) => row.personId));
  }

  /** Copies the plan into the new review; rows it already has (the creator's office) stay. */
  async write(tx: Tx, plan: CarryWrite): Promise<void> {
    const carriedAt = new Date();
    await tx.review.update({
      where: { id: plan.reviewId },
      data: {
        carriedForwardFromId: plan.from.reviewId,
        reminderPolicy:
          plan.reminderPolicy === null ? Prisma.DbNull : (plan.reminderPolicy as Prisma.InputJsonValue),
        ...(plan.coordinatingOrganisationId
          ? { coordinatingOrganisationId: plan.coordinatingOrganisationId }
          : {}),
      },
    });
    await tx.reviewOrganisation.createMany({
      data: plan.organisations.map((row) => ({ reviewId: plan.reviewId, ...row })),
      skipDuplicates: true,
    });
    await tx.membership.createMany({
      data: plan.members.map((row) => ({ reviewId: plan.reviewId, ...row })),
      skipDuplicates: true,
    });
    for (const assignment of plan.assignments) {
      await tx.assignment.create({
        data: {
          reviewId: plan.reviewId,
          questionId: assignment.questionId,
          organisationId: assignment.organisationId,
          role: assignment.role,
          dueDate: toDateColumn(assignment.dueDate),
          focalPoints: { create: assignment.focalPointIds.map((personId) => ({ personId })) },
        },
      });
    }
    for (const answer of plan.answers) {
      const data = answer.data === null ? Prisma.DbNull : (answer.data as Prisma.InputJsonValue);
      await tx.answer.create({
        data: {
          questionId: answer.questionId,
          body: answer.body,
          wordCount: answer.wordCount,
          data,
          status: 'draft',
          version: 1,
          carriedFromReviewId: plan.from.reviewId,
          carriedFromCycle: plan.from.cycle,
          carriedFromCodes: answer.fromCodes,
          carriedBody: answer.body,
          carriedAt,
          revisions: {
            create: { version: 1, body: answer.body, data, status: 'draft', authorId: plan.actorId },
          },
        },
      });
    }
  }
}
