import type { AssignmentRole, ContributionState, Prisma, ReviewRole } from '@gcm/db';
import { fromDateColumn, type TOrganisationRef, toDateColumn } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';
import { organisationRef, personRef } from './assignment.mapper';

type Db = Tx;

/** What an assignment is read with, everywhere it is shown. */
export const assignmentInclude = {
  review: { select: { title: true, timeZone: true, templateLanguage: true } },
  question: { select: { id: true, code: true, prompt: true, clusterNumber: true, order: true } },
  organisation: organisationRef,
  focalPoints: { select: { person: personRef }, orderBy: { person: { name: 'asc' } } },
  contribution: { select: { wordCount: true } },
} satisfies Prisma.AssignmentInclude;

/** Lists read in survey order: question, then the lead before contributors, then by name. */
const assignmentOrder = [
  { question: { order: 'asc' } },
  { role: 'asc' },
  { organisation: { name: 'asc' } },
] satisfies Prisma.AssignmentOrderByWithRelationInput[];

/** An assignment row with its due date (a date column) as YYYY-MM-DD. */
export type WithDueDate<T extends { dueDate: Date }> = Omit<T, 'dueDate'> & { dueDate: string };

export function withDueDate<T extends { dueDate: Date }>(row: T): WithDueDate<T> {
  return { ...row, dueDate: fromDateColumn(row.dueDate) };
}

export type AssignmentRow = WithDueDate<Prisma.AssignmentGetPayload<{ include: typeof assignmentInclude }>>;

/**
 * Part of a person's work in one review: the assignments of `organisationId`, or, with
 * `focalPointId`, those that person is a focal point of as well as (if given) the organisation's.
 */
export interface WorkScope {
  reviewId: string;
  organisationId?: string;
  focalPointId?: string;
}

function scopeWhere(scope: WorkScope): Prisma.AssignmentWhereInput {
  if (scope.focalPointId === undefined) {
    return { reviewId: scope.reviewId, organisationId: scope.organisationId };
  }
  const own: Prisma.AssignmentWhereInput[] = [{ focalPoints: { some: { personId: scope.focalPointId } } }];
  if (scope.organisationId) own.push({ organisationId: scope.organisationId });
  return { reviewId: scope.reviewId, OR: own };
}

/** An assignment row held with FOR UPDATE until the transaction ends. */
export interface LockedAssignment {
  id: string;
  reviewId: string;
  questionId: string;
  organisationId: string;
  role: AssignmentRole;
  state: ContributionState;
  version: number;
  dueDate: Date;
}

/** What new or changed assignments are checked against. */
export interface ReviewContext {
  questionsByCode: Map<string, { id: string; code: string }>;
  organisations: Map<string, TOrganisationRef>;
  /** Contributor members of the review: person id → their organisation. */
  contributors: Map<string, string | null>;
  /** The review's final deadline, YYYY-MM-DD: no due date may fall after it. */
  finalDueDate: string;
}

export interface ExistingAssignment {
  id: string;
  questionId: string;
  organisationId: string;
  role: AssignmentRole;
}

export interface NewAssignment {
  id: string;
  reviewId: string;
  questionId: string;
  organisationId: string;
  role: AssignmentRole;
  /** YYYY-MM-DD */
  dueDate: string;
  focalPointIds: string[];
}

export interface ProgressRow {
  state: ContributionState;
  /** YYYY-MM-DD */
  dueDate: string;
  organisation: TOrganisationRef;
}

@Injectable()
export class AssignmentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Runs `work` in one database transaction: all of it is committed, or none. */
  transaction<T>(work: (db: Db) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
    return this.prisma.client.$transaction(work, { timeout: options.timeout ?? 10_000 });
  }

  private async list(where: Prisma.AssignmentWhereInput): Promise<AssignmentRow[]> {
    const rows = await this.prisma.client.assignment.findMany({
      where,
      include: assignmentInclude,
      orderBy: assignmentOrder,
    });
    return rows.map(withDueDate);
  }

  /** A review's assignments, of one organisation and one question when given. */
  listOfReview(
    reviewId: string,
    filter: { organisationId?: string | undefined; questionCode?: string | undefined },
  ): Promise<AssignmentRow[]> {
    return this.list({
      reviewId,
      organisationId: filter.organisationId,
      question: filter.questionCode ? { code: filter.questionCode } : undefined,
    });
  }

  /** The assignments in any of the scopes (none for no scope at all). */
  listInScopes(scopes: WorkScope[]): Promise<AssignmentRow[]> {
    return this.list({ OR: scopes.map(scopeWhere) });
  }

  listByIds(ids: string[]): Promise<AssignmentRow[]> {
    return this.list({ id: { in: ids } });
  }

  async findById(id: string, db: Db = this.prisma.client): Promise<AssignmentRow | null> {
    const row = await db.assignment.findUnique({ where: { id }, include: assignmentInclude });
    return row ? withDueDate(row) : null;
  }

  memberships(
    personId: string,
  ): Promise<{ reviewId: string; role: ReviewRole; organisationId: string | null }[]> {
    return this.prisma.client.membership.findMany({
      where: { personId, acceptedAt: { not: null } },
      select: { reviewId: true, role: true, organisationId: true },
    });
  }

  async progressRows(reviewId: string): Promise<{ timeZone: string; rows: ProgressRow[] }> {
    const review = await this.prisma.client.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { timeZone: true },
    });
    const rows = await this.prisma.client.assignment.findMany({
      where: { reviewId },
      select: { state: true, dueDate: true, organisation: organisationRef },
    });
    return { timeZone: review.timeZone, rows: rows.map(withDueDate) };
  }

  async reviewContext(db: Db, reviewId: string): Promise<ReviewContext> {
    // One after the other: a transaction is one connection.
    const questions = await db.question.findMany({ where: { reviewId }, select: { id: true, code: true } });
    const organisations = await db.reviewOrganisation.findMany({
      where: { reviewId },
      select: { organisation: organisationRef },
    });
    const contributors = await db.membership.findMany({
      where: { reviewId, role: 'contributor' },
      select: { personId: true, organisationId: true },
    });
    const review = await db.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { finalDueDate: true },
    });
    return {
      finalDueDate: fromDateColumn(review.finalDueDate),
      questionsByCode: new Map(questions.map((question) => [question.code, question])),
      organisations: new Map(organisations.map(({ organisation }) => [organisation.id, organisation])),
      contributors: new Map(contributors.map((member) => [member.personId, member.organisationId])),
    };
  }

  existingForQuestions(db: Db, questionIds: string[]): Promise<ExistingAssignment[]> {
    return db.assignment.findMany({
      where: { questionId: { in: questionIds } },
      select: { id: true, questionId: true, organisationId: true, role: true },
    });
  }

  async lock(db: Db, id: string): Promise<LockedAssignment | null> {
    const rows = await db.$queryRaw<LockedAssignment[]>`
      SELECT id, review_id AS "reviewId", question_id AS "questionId", organisation_id AS "organisationId",
             role::text AS role, state::text AS state, version, due_date AS "dueDate"
        FROM assignment WHERE id = ${id}::uuid FOR UPDATE`;
    return rows[0] ?? null;
  }

  async createMany(db: Db, rows: NewAssignment[]): Promise<void> {
    await db.assignment.createMany({
      data: rows.map(({ focalPointIds: _focalPoints, dueDate, ...row }) => ({
        ...row,
        dueDate: toDateColumn(dueDate),
      })),
    });
    const focalPoints = rows.flatMap((row) =>
      row.focalPointIds.map((personId) => ({ assignmentId: row.id, personId })),
    );
    if (focalPoints.length > 0) {
      await db.assignmentFocalPoint.createMany({ data: focalPoints });
    }
  }

  /** Applies a change if the version is still `version`; false when someone changed it first. */
  async updateIfVersion(
    db: Db,
    id: string,
    version: number,
    change: { dueDate?: string; role?: AssignmentRole; organisationId?: string; state?: ContributionState },
  ): Promise<boolean> {
    const { dueDate, ...rest } = change;
    const { count } = await db.assignment.updateMany({
      where: { id, version },
      data: {
        ...rest,
        dueDate: dueDate === undefined ? undefined : toDateColumn(dueDate),
        version: { increment: 1 },
      },
    });
    return count === 1;
  }

  async replaceFocalPoints(db: Db, assignmentId: string, personIds: string[]): Promise<void> {
    await db.assignmentFocalPoint.deleteMany({ where: { assignmentId } });
    if (personIds.length > 0) {
      await db.assignmentFocalPoint.createMany({
        data: personIds.map((personId) => ({ assignmentId, personId })),
      });
    }
  }

  /** How much work an assignment holds: saved text, revisions and attachments. */
  async work(
    db: Db,
    assignmentId: string,
  ): Promise<{ hasText: boolean; revisions: number; attachments: number }> {
    const contribution = await db.contribution.findUnique({
      where: { assignmentId },
      select: {
        body: true,
        references: true,
        _count: { select: { revisions: true, attachments: { where: { deletedAt: null } } } },
      },
    });
    if (!contribution) return { hasText: false, revisions: 0, attachments: 0 };
    const references = Array.isArray(contribution.references) ? contribution.references : [];
    return {
      hasText: contribution.body.trim() !== '' || references.length > 0,
      revisions: contribution._count.revisions,
      attachments: contribution._count.attachments,
    };
  }

  async delete(db: Db, id: string): Promise<void> {
    await db.assignment.delete({ where: { id } });
  }
}
