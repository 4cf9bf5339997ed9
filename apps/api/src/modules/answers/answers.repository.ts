import { type AnswerStatus, Prisma } from '@gcm/db';
import type { TPersonRef } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { organisationRef, personRef } from '../assignments/assignment.mapper';
import { attachmentInclude } from '../contributions/contributions.repository';

export type Db = Prisma.TransactionClient;

export const questionSelect = {
  id: true,
  code: true,
  order: true,
  clusterNumber: true,
  prompt: true,
  answerKind: true,
  answerConfig: true,
  targetWords: true,
  guidance: true,
  review: { select: { templateLanguage: true } },
} satisfies Prisma.QuestionSelect;
export type QuestionRow = Prisma.QuestionGetPayload<{ select: typeof questionSelect }>;

export interface StoredAnswer {
  id: string;
  body: string;
  wordCount: number;
  data: Prisma.JsonValue;
  status: AnswerStatus;
  /** The language the text is drafted in; null: the template's. */
  language: string | null;
  version: number;
  updatedAt: Date;
  /** Carried forward from the previous cycle: see TAnswerOrigin. */
  carriedFromReviewId: string | null;
  carriedFromCycle: number | null;
  carriedFromCodes: string[];
  carriedBody: string | null;
  carriedAt: Date | null;
}

export interface AnswerFields {
  body: string;
  wordCount: number;
  data: Prisma.JsonValue;
  status: AnswerStatus;
  language: string | null;
}

const contributionInclude = {
  organisation: organisationRef,
  contribution: {
    include: {
      attachments: { where: { deletedAt: null }, orderBy: { createdAt: 'asc' }, include: attachmentInclude },
    },
  },
} satisfies Prisma.AssignmentInclude;
export type ContributionRow = Prisma.AssignmentGetPayload<{ include: typeof contributionInclude }>;

export const answerRevisionInclude = { author: personRef } satisfies Prisma.AnswerRevisionInclude;
export type AnswerRevisionRow = Prisma.AnswerRevisionGetPayload<{ include: typeof answerRevisionInclude }>;

/** JSON for a Prisma write: null stores SQL NULL. */
function jsonInput(data: Prisma.JsonValue): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return data === null ? Prisma.DbNull : (data as Prisma.InputJsonValue);
}

@Injectable()
export class AnswersRepository {
  constructor(private readonly prisma: PrismaService) {}

  get client(): Db {
    return this.prisma.client;
  }

  transaction<T>(work: (db: Db) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(work, { timeout: 10_000 });
  }

  question(reviewId: string, code: string): Promise<QuestionRow | null> {
    return this.prisma.client.question.findUnique({
      where: { reviewId_code: { reviewId, code } },
      select: questionSelect,
    });
  }

  findAnswer(questionId: string, db: Db = this.prisma.client): Promise<StoredAnswer | null> {
    return db.answer.findUnique({
      where: { questionId },
      select: {
        id: true,
        body: true,
        wordCount: true,
        data: true,
        status: true,
        language: true,
        version: true,
        updatedAt: true,
        carriedFromReviewId: true,
        carriedFromCycle: true,
        carriedFromCodes: true,
        carriedBody: true,
        carriedAt: true,
      },
    });
  }

  /** Who saved the current version (the author of the newest revision). */
  async lastAuthor(answerId: string): Promise<TPersonRef | null> {
    const revision = await this.prisma.client.answerRevision.findFirst({
      where: { answerId },
      orderBy: { version: 'desc' },
      select: { author: personRef },
    });
    return revision?.author ?? null;
  }

  /** The question's assignments with their contributions, lead organisations first. */
  contributions(questionId: string): Promise<ContributionRow[]> {
    return this.prisma.client.assignment.findMany({
      where: { questionId },
      orderBy: [{ role: 'asc' }, { organisation: { name: 'asc' } }],
      include: contributionInclude,
    });
  }

  /** Stores the answer if it is still at `baseVersion`; false when someone saved first. */
  async updateIfVersion(
    db: Db,
    questionId: string,
    baseVersion: number,
    fields: AnswerFields,
  ): Promise<boolean> {
    const { count } = await db.answer.updateMany({
      where: { questionId, version: baseVersion },
      data: { ...fields, data: jsonInput(fields.data), version: baseVersion + 1 },
    });
    return count === 1;
  }

  /** The first save; the unique question id makes a concurrent first save fail (P2002). */
  async createFirst(db: Db, questionId: string, fields: AnswerFields): Promise<string> {
    const row = await db.answer.create({
      data: { questionId, ...fields, data: jsonInput(fields.data), version: 1 },
      select: { id: true },
    });
    return row.id;
  }

  async addRevision(
    db: Db,
    revision: { answerId: string; version: number; authorId: string } & Omit<AnswerFields, 'wordCount'>,
  ): Promise<void> {
    await db.answerRevision.create({ data: { ...revision, data: jsonInput(revision.data) } });
  }

  revisions(questionId: string): Promise<AnswerRevisionRow[]> {
    return this.prisma.client.answerRevision.findMany({
      where: { answer: { questionId } },
      orderBy: { version: 'desc' },
      include: answerRevisionInclude,
    });
  }
}
