import type { CommentKind, Prisma } from '@gcm/db';
import type { TPersonRef, TReference } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { personRef } from '../assignments/assignment.mapper';
import {
  type ContributionViewRow,
  contributionViewInclude,
  type RevisionRow,
  referencesOf,
  revisionInclude,
} from './contribution.mapper';

type Db = Prisma.TransactionClient;

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
  version: number;
  updatedAt: Date;
}

export interface ContributionText {
  body: string;
  wordCount: number;
  references: TReference[];
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

  findView(assignmentId: string): Promise<ContributionViewRow | null> {
    return this.prisma.client.assignment.findUnique({
      where: { id: assignmentId },
      include: contributionViewInclude,
    });
  }

  async findContribution(
    assignmentId: string,
    db: Db = this.prisma.client,
  ): Promise<StoredContribution | null> {
    const row = await db.contribution.findUnique({
      where: { assignmentId },
      select: { id: true, body: true, wordCount: true, references: true, version: true, updatedAt: true },
    });
    return row ? { ...row, references: referencesOf(row.references) } : null;
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

  async addComment(
    db: Db,
    comment: { assignmentId: string; kind: CommentKind; body: string; authorId: string },
  ): Promise<void> {
    await db.assignmentComment.create({ data: comment });
  }
}
