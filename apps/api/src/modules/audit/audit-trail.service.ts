import type { Prisma } from '@gcm/db';
import type { TAuditEvent, TListAuditQuery, TListAuditResponse } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { AccessService } from '../access/access.service';

/** Reading a review's audit trail, newest first, page by page (`before` is the last id seen). */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
  ) {}

  async list(reviewId: string, personId: string, query: TListAuditQuery): Promise<TListAuditResponse> {
    await this.access.require(reviewId, personId, ['coordinator'], 'read the audit trail');
    const where: Prisma.AuditEventWhereInput = {
      reviewId,
      questionId: query.questionId,
      id: query.before ? { lt: BigInt(query.before) } : undefined,
    };
    const rows = await this.prisma.client.auditEvent.findMany({
      where,
      orderBy: { id: 'desc' },
      take: query.limit + 1,
      include: { actor: { select: { id: true, name: true, email: true } } },
    });
    const page = rows.slice(0, query.limit);
    const questionIds = [...new Set(page.flatMap((row) => (row.questionId ? [row.questionId] : [])))];
    const questions = questionIds.length
      ? await this.prisma.client.question.findMany({
          where: { id: { in: questionIds } },
          select: { id: true, code: true },
        })
      : [];
    const codes = new Map(questions.map((question) => [question.id, question.code]));
    const events: TAuditEvent[] = page.map((row) => ({
      id: row.id.toString(),
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      questionCode: row.questionId ? (codes.get(row.questionId) ?? null) : null,
      actor: row.actor,
      before: row.before ?? null,
      after: row.after ?? null,
      createdAt: row.createdAt.toISOString(),
    }));
    const last = page.at(-1);
    return { events, nextBefore: rows.length > query.limit && last ? last.id.toString() : null };
  }
}
