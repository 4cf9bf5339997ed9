import {
  type AssignmentRole,
  type ContributionState,
  type OrganisationType,
  Prisma,
  type ReviewRole,
} from '@gcm/db';
import { fromDateColumn, type TOrganisationRef, toDateColumn } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';
import { acceptedMemberOf } from '../access/access.repository';
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

/** The SQL condition on `a` (the assignment) of one scope. */
function scopeCondition(scope: WorkScope): Prisma.Sql {
  const review = Prisma.sql`a.review_id = ${scope.reviewId}::uuid`;
  if (scope.focalPointId === undefined) {
    if (scope.organisationId === undefined) return review;
    return Prisma.sql`(${review} AND a.organisation_id = ${scope.organisationId}::uuid)`;
  }
  const own = [
    Prisma.sql`EXISTS (SELECT 1 FROM assignment_focal_point f
                        WHERE f.assignment_id = a.id AND f.person_id = ${scope.focalPointId}::uuid)`,
  ];
  if (scope.organisationId) own.push(Prisma.sql`a.organisation_id = ${scope.organisationId}::uuid`);
  return Prisma.sql`(${review} AND (${Prisma.join(own, ' OR ')}))`;
}

/** A row of list(): the assignment with what assignmentInclude reads, flattened. */
interface ListedRow {
  id: string;
  reviewId: string;
  questionId: string;
  organisationId: string;
  role: AssignmentRole;
  state: ContributionState;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  dueDate: string;
  reviewTitle: string;
  timeZone: string;
  templateLanguage: string;
  questionCode: string;
  questionPrompt: string;
  clusterNumber: number | null;
  questionOrder: number;
  organisationName: string;
  organisationShortName: string | null;
  organisationType: OrganisationType;
  wordCount: number | null;
  focalPoints: { id: string; name: string; email: string }[];
}

function fromListedRow(row: ListedRow): AssignmentRow {
  return {
    id: row.id,
    reviewId: row.reviewId,
    questionId: row.questionId,
    organisationId: row.organisationId,
    role: row.role,
    state: row.state,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    dueDate: row.dueDate,
    review: { title: row.reviewTitle, timeZone: row.timeZone, templateLanguage: row.templateLanguage },
    question: {
      id: row.questionId,
      code: row.questionCode,
      prompt: row.questionPrompt,
      clusterNumber: row.clusterNumber,
      order: row.questionOrder,
    },
    organisation: {
      id: row.organisationId,
      name: row.organisationName,
      shortName: row.organisationShortName,
      type: row.organisationType,
    },
    focalPoints: row.focalPoints.map((person) => ({ person })),
    contribution: row.wordCount === null ? null : { wordCount: row.wordCount },
  };
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

/** How many of an organisation's assignments are in one state with one due date. */
export interface ProgressRow {
  state: ContributionState;
  /** YYYY-MM-DD */
  dueDate: string;
  organisation: TOrganisationRef;
  count: number;
}

@Injectable()
export class AssignmentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Runs `work` in one database transaction: all of it is committed, or none. */
  transaction<T>(work: (db: Db) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
    return this.prisma.client.$transaction(work, { timeout: options.timeout ?? 10_000 });
  }

  /**
   * The assignments matching `where` (a condition on `a`), read as assignmentInclude reads one,
   * in survey order: question, then the lead before contributors, then by organisation name. One
   * query with joins: Prisma's include costs a round trip per relation, on the review's largest
   * screens (decision 0026).
   */
  private async list(where: Prisma.Sql): Promise<AssignmentRow[]> {
    const rows = await this.prisma.client.$queryRaw<ListedRow[]>`
      SELECT a.id, a.review_id AS "reviewId", a.question_id AS "questionId",
             a.organisation_id AS "organisationId", a.role::text AS role, a.state::text AS state,
             a.version, a.created_at AS "createdAt", a.updated_at AS "updatedAt",
             to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate",
             r.title AS "reviewTitle", r.time_zone AS "timeZone", r.template_language AS "templateLanguage",
             q.code AS "questionCode", q.prompt AS "questionPrompt", q.cluster_number AS "clusterNumber",
             q."order" AS "questionOrder",
             o.name AS "organisationName", o.short_name AS "organisationShortName",
             o.type::text AS "organisationType",
             c.word_count AS "wordCount",
             COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'email', p.email)
                                       ORDER BY p.name)
                         FROM assignment_focal_point f JOIN person p ON p.id = f.person_id
                        WHERE f.assignment_id = a.id), '[]'::json) AS "focalPoints"
        FROM assignment a
        JOIN review r ON r.id = a.review_id
        JOIN question q ON q.id = a.question_id
        JOIN organisation o ON o.id = a.organisation_id
        LEFT JOIN contribution c ON c.assignment_id = a.id
       WHERE ${where}
       ORDER BY q."order", a.role, o.name`;
    return rows.map(fromListedRow);
  }

  /** A review's assignments, of one organisation and one question when given. */
  listOfReview(
    reviewId: string,
    filter: { organisationId?: string | undefined; questionCode?: string | undefined },
  ): Promise<AssignmentRow[]> {
    const conditions = [Prisma.sql`a.review_id = ${reviewId}::uuid`];
    if (filter.organisationId)
      conditions.push(Prisma.sql`a.organisation_id = ${filter.organisationId}::uuid`);
    if (filter.questionCode) conditions.push(Prisma.sql`q.code = ${filter.questionCode}`);
    return this.list(Prisma.join(conditions, ' AND '));
  }

  /** The assignments in any of the scopes (none for no scope at all). */
  async listInScopes(scopes: WorkScope[]): Promise<AssignmentRow[]> {
    if (scopes.length === 0) return [];
    return this.list(Prisma.join(scopes.map(scopeCondition), ' OR '));
  }

  async listByIds(ids: string[]): Promise<AssignmentRow[]> {
    if (ids.length === 0) return [];
    return this.list(Prisma.sql`a.id = ANY(${ids}::uuid[])`);
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

  /**
   * The review's zone and its assignments counted by organisation, state and due date, in one
   * query: a review's assignments share a few due dates, so this is far fewer rows than
   * assignments, and whether a due date is past stays the domain's rule (deadlineStatus). The
   * same query checks that `personId` may read the review (acceptedMemberOf): null when not, or
   * when there is no such review, so the dashboard costs one query after the session (0026).
   */
  async progressRows(
    reviewId: string,
    personId: string,
  ): Promise<{ timeZone: string; rows: ProgressRow[] } | null> {
    const [review] = await this.prisma.client.$queryRaw<{ timeZone: string; rows: ProgressRow[] }[]>`
      SELECT r.time_zone AS "timeZone",
             COALESCE((SELECT json_agg(json_build_object(
                                'state', g.state, 'dueDate', g.due_date, 'count', g.n,
                                'organisation', json_build_object('id', o.id, 'name', o.name,
                                                                  'shortName', o.short_name, 'type', o.type)))
                         FROM (SELECT a.organisation_id, a.state, a.due_date, count(*)::int AS n
                                 FROM assignment a WHERE a.review_id = r.id
                                GROUP BY a.organisation_id, a.state, a.due_date) g
                         JOIN organisation o ON o.id = g.organisation_id), '[]'::json) AS rows
        FROM review r
       WHERE r.id = ${reviewId}::uuid AND ${acceptedMemberOf(Prisma.sql`r.id`, personId)}`;
    return review ?? null;
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
