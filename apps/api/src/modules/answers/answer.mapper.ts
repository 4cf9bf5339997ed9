import type { Prisma } from '@gcm/db';
import {
  type TAnswer,
  type TAnswerData,
  type TAnswerOrigin,
  type TAnswerRevision,
  type TConsolidationContribution,
  type TPersonRef,
  ZAnswerData,
} from '@gcm/domain';
import { referencesOf, toAttachment } from '../contributions/contribution.mapper';
import type { AnswerRevisionRow, ContributionRow, StoredAnswer } from './answers.repository';

/** Answer.data in the contract's shape; null when there is none or it cannot be read. */
export function answerDataOf(value: Prisma.JsonValue | undefined): TAnswerData | null {
  if (value === null || value === undefined) return null;
  const parsed = ZAnswerData.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function toAnswer(code: string, row: StoredAnswer | null, updatedBy: TPersonRef | null): TAnswer {
  return {
    questionCode: code,
    body: row?.body ?? '',
    wordCount: row?.wordCount ?? 0,
    data: answerDataOf(row?.data),
    status: row?.status ?? 'draft',
    language: row?.language ?? null,
    version: row?.version ?? 0,
    updatedAt: row && row.version > 0 ? row.updatedAt.toISOString() : null,
    updatedBy,
    origin: row ? originOf(row) : null,
  };
}

/** Where a carried answer came from; null for one written in this review. */
function originOf(row: StoredAnswer): TAnswerOrigin | null {
  if (row.carriedAt === null || row.carriedBody === null || row.carriedFromCycle === null) return null;
  return {
    reviewId: row.carriedFromReviewId,
    cycle: row.carriedFromCycle,
    questionCodes: row.carriedFromCodes,
    body: row.carriedBody,
    carriedAt: row.carriedAt.toISOString(),
  };
}

export function toAnswerRevision(row: AnswerRevisionRow): TAnswerRevision {
  return {
    version: row.version,
    body: row.body,
    data: answerDataOf(row.data),
    status: row.status,
    language: row.language,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toConsolidationContribution(
  row: ContributionRow,
  numberOf: ReadonlyMap<string, number>,
): TConsolidationContribution {
  const contribution = row.contribution;
  return {
    assignmentId: row.id,
    organisation: row.organisation,
    role: row.role,
    state: row.state,
    body: contribution?.body ?? '',
    wordCount: contribution?.wordCount ?? 0,
    references: referencesOf(contribution?.references),
    language: contribution?.language ?? null,
    version: contribution?.version ?? 0,
    updatedAt: contribution && contribution.version > 0 ? contribution.updatedAt.toISOString() : null,
    attachments: (contribution?.attachments ?? []).map((attachment) => ({
      ...toAttachment(attachment),
      number: numberOf.get(attachment.id) ?? null,
    })),
  };
}
