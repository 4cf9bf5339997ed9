import type { Prisma } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

export interface NewAuditEvent {
  reviewId: string | null;
  workspaceId: string | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  questionId: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

const auditEventInclude = {
  actor: { select: { id: true, name: true, email: true } },
} satisfies Prisma.AuditEventInclude;

export type AuditEventRow = Prisma.AuditEventGetPayload<{ include: typeof auditEventInclude }>;

@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  async insert(tx: Tx, event: NewAuditEvent): Promise<void> {
    await tx.auditEvent.create({ data: event });
  }

  /**
   * Many events, ten thousand a statement sent as one JSON document (a change to thousands of
   * assignments at once): Prisma's createMany binds every field of every row and takes seconds.
   */
  async insertMany(tx: Tx, events: NewAuditEvent[]): Promise<void> {
    for (let start = 0; start < events.length; start += 10_000) {
      const batch = events.slice(start, start + 10_000).map((event) => ({
        review_id: event.reviewId,
        workspace_id: event.workspaceId,
        actor_id: event.actorId,
        action: event.action,
        target_type: event.targetType,
        target_id: event.targetId,
        question_id: event.questionId,
        before: event.before ?? null,
        after: event.after ?? null,
      }));
      await tx.$executeRaw`
        INSERT INTO audit_event (review_id, workspace_id, actor_id, action, target_type, target_id, question_id, before, after)
        SELECT review_id, workspace_id, actor_id, action, target_type, target_id, question_id, before, after
          FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS event(
                 review_id uuid, workspace_id uuid, actor_id uuid, action text, target_type text, target_id text,
                 question_id uuid, before jsonb, after jsonb)`;
    }
  }

  /**
   * Up to `take` events of a review, newest first, optionally about one question and older than
   * the event `before`.
   */
  page(
    reviewId: string,
    filter: { questionId?: string; before?: bigint },
    take: number,
  ): Promise<AuditEventRow[]> {
    return this.prisma.client.auditEvent.findMany({
      where: {
        reviewId,
        questionId: filter.questionId,
        id: filter.before === undefined ? undefined : { lt: filter.before },
      },
      orderBy: { id: 'desc' },
      take,
      include: auditEventInclude,
    });
  }

  /** Question id → its code, for the questions among `questionIds`. */
  async questionCodes(questionIds: string[]): Promise<Map<string, string>> {
    if (questionIds.length === 0) return new Map();
    const questions = await this.prisma.client.question.findMany({
      where: { id: { in: questionIds } },
      select: { id: true, code: true },
    });
    return new Map(questions.map((question) => [question.id, question.code]));
  }
}
