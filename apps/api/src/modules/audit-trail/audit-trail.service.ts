import type { TAuditEvent, TListAuditQuery, TListAuditResponse } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { AuditRepository } from '../audit/audit.repository';

/** Reading a review's audit trail, newest first, page by page (`before` is the last id seen). */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly events: AuditRepository,
    private readonly access: AccessService,
  ) {}

  async list(reviewId: string, personId: string, query: TListAuditQuery): Promise<TListAuditResponse> {
    await this.access.require(reviewId, personId, ['coordinator'], 'read the audit trail');
    const rows = await this.events.page(
      reviewId,
      { questionId: query.questionId, before: query.before ? BigInt(query.before) : undefined },
      query.limit + 1,
    );
    const page = rows.slice(0, query.limit);
    const codes = await this.events.questionCodes([
      ...new Set(page.flatMap((row) => (row.questionId ? [row.questionId] : []))),
    ]);
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
