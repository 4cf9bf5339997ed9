import type { Prisma } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';
import { AuditRepository, type NewAuditEvent } from './audit.repository';

export interface AuditEntry {
  reviewId: string | null;
  /** For changes to a country's directory made outside any one review. */
  workspaceId?: string | null;
  actorId: string | null;
  /** `<target>.<verb>`, e.g. `assignment.created`, `contribution.saved`, `review.updated`. */
  action: string;
  targetType: string;
  targetId: string;
  questionId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

/**
 * Writes audit events. Always called with the transaction of the change it records, so a change
 * and its audit event are committed together or not at all.
 */
@Injectable()
export class AuditService {
  constructor(private readonly events: AuditRepository) {}

  async record(tx: Tx, entry: AuditEntry): Promise<void> {
    await this.events.insert(tx, toEvent(entry));
  }

  /** One event per entry, written in bulk: the same events as `record` for each, far fewer statements. */
  async recordMany(tx: Tx, entries: readonly AuditEntry[]): Promise<void> {
    await this.events.insertMany(tx, entries.map(toEvent));
  }
}

function toEvent(entry: AuditEntry): NewAuditEvent {
  return {
    reviewId: entry.reviewId,
    workspaceId: entry.workspaceId ?? null,
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    questionId: entry.questionId ?? null,
    before: entry.before ?? undefined,
    after: entry.after ?? undefined,
  };
}
