import type { CommentKind, Prisma, ReviewRole } from '@gcm/db';
import type { TPersonRef, TReference } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';
import { personRef } from '../assignments/assignment.mapper';
import { assignmentInclude, type WithDueDate, withDueDate } from '../assignments/assignments.repository';
import { referencesOf } from './contribution.mapper';

type Db = Tx;

export const attachmentInclude = { uploadedBy: personRef } satisfies Prisma.AttachmentInclude;
export type AttachmentRow = Prisma.AttachmentGetPayload<{ include: typeof attachmentInclude }>;

/** An assignment with everything its contribution screen shows. */
const contributionViewInclude = {
  ...assignmentInclude,
  contribution: {
    include: {
      attachments: { where: { deletedAt: null }, orderBy: { createdAt: 'asc' }, include: attachmentInclude },
      revisions: { orderBy: { version: 'desc' }, take: 1, select: { author: personRef } },
    },
  },
  comments: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { author: personRef } },
} satisfies Prisma.AssignmentInclude;
export type ContributionViewRow = WithDueDate<
  Prisma.AssignmentGetPayload<{ include: typeof contributionViewInclude }>
>;

const commentInclude = { author: personRef } satisfies Prisma.AssignmentCommentInclude;
export type CommentRow = Prisma.AssignmentCommentGetPayload<{ include: typeof commentInclude }>;

const revisionInclude = { author: personRef } satisfies Prisma.ContributionRevisionInclude;
export type RevisionRow = Prisma.ContributionRevisionGetPayload<{ include: typeof revisionInclude }>;

/** Where an assignment belongs: enough to decide who may see or change its contribution. */
export interface AssignmentScope {
  id: string;
  reviewId: string;
  organisationId: string;
  questionId: string;
}

export interface StoredContribution {
  id: string;
  body: string;
  wordCount: number;
  references: TReference[];
  /** The language the text is drafted in; null: the template's. */
  language: string | null;
  version: number;
  updatedAt: Date;
}

export interface ContributionText {
  body: string;
  wordCount: number;
  references: TReference[];
  language: string | null;
}

@Injectable()
export class ContributionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (db: Db) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(work, { timeout: 10_000 });
  }

  assignmentScope(assignmentId: string): Promise<AssignmentScope | null> {
    return this.prisma.client.assignment.findUnique({
      where: { id: assignmentId },
      select: { id: true, reviewId: true, organisationId: true, questionId: true },
    });
  }

  async findView(assignmentId: string): Promise<ContributionViewRow | null> {
    const row = await this.prisma.client.assignment.findUnique({
      where: { id: assignmentId },
      include: contributionViewInclude,
    });
    return row ? withDueDate(row) : null;
  }

  async findContribution(
    assignmentId: string,
    db: Db = this.prisma.client,
  ): Promise<StoredContribution | null> {
    const row = await db.contribution.findUnique({
      where: { assignmentId },
      select: {
        id: true,
        body: true,
        wordCount: true,
        references: true,
        language: true,
        version: true,
        updatedAt: true,
      },
    });
    return row ? { ...row, references: referencesOf(row.references) } : null;
  }

  /** The language of the review's questionnaire ("en"). */
  async templateLanguage(db: Db, reviewId: string): Promise<string> {
    const review = await db.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { templateLanguage: true },
    });
    return review.templateLanguage;
  }

  /** Who saved the current version (the author of the newest revision). */
  async lastAuthor(contributionId: string): Promise<TPersonRef | null> {
    const revision = await this.prisma.client.contributionRevision.findFirst({
      where: { contributionId },
      orderBy: { version: 'desc' },
      select: { author: personRef },
    });
    return revision?.author ?? null;
  }

  /** Stores the text if the contribution is still at `baseVersion`; false when someone saved first. */
  async updateIfVersion(
    db: Db,
    assignmentId: string,
    baseVersion: number,
    text: ContributionText,
  ): Promise<boolean> {
    const { count } = await db.contribution.updateMany({
      where: { assignmentId, version: baseVersion },
      data: { ...text, references: text.references, version: baseVersion + 1 },
    });
    return count === 1;
  }

  /** The first save; the unique assignment id makes a concurrent first save fail (P2002). */
  async createFirst(db: Db, assignmentId: string, text: ContributionText): Promise<string> {
    const row = await db.contribution.create({
      data: { assignmentId, ...text, references: text.references, version: 1 },
      select: { id: true },
    });
    return row.id;
  }

  /** The contribution row of an assignment, created empty (version 0) if there is none yet. */
  async ensure(db: Db, assignmentId: string): Promise<string> {
    const row = await db.contribution.upsert({
      where: { assignmentId },
      create: { assignmentId },
      update: {},
      select: { id: true },
    });
    return row.id;
  }

  async addRevision(
    db: Db,
    revision: { contributionId: string; version: number; authorId: string } & ContributionText,
  ): Promise<void> {
    await db.contributionRevision.create({ data: { ...revision, references: revision.references } });
  }

  revisions(assignmentId: string): Promise<RevisionRow[]> {
    return this.prisma.client.contributionRevision.findMany({
      where: { contribution: { assignmentId } },
      orderBy: { version: 'desc' },
      include: revisionInclude,
    });
  }

  /** The name of whoever moves a contribution on, for the e-mail that tells others. */
  async personName(db: Db, personId: string): Promise<string> {
    const person = await db.person.findUniqueOrThrow({ where: { id: personId }, select: { name: true } });
    return person.name;
  }

  async addComment(
    db: Db,
    comment: {
      assignmentId: string;
      kind: CommentKind;
      body: string;
      authorId: string;
      authorRole: ReviewRole;
      replyToId?: string | null;
    },
  ): Promise<CommentRow> {
    return db.assignmentComment.create({ data: comment, include: commentInclude });
  }

  /** Which assignment a comment belongs to, and its text (null for no such comment). */
  commentOf(db: Db, commentId: string): Promise<{ id: string; assignmentId: string; body: string } | null> {
    return db.assignmentComment.findUnique({
      where: { id: commentId },
      select: { id: true, assignmentId: true, body: true },
    });
  }
}
