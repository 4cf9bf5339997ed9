import type { Prisma, ReviewRole } from '@gcm/db';
import {
  allowedActions,
  canEditText,
  type TAttachment,
  type TContribution,
  type TPersonRef,
  type TReference,
  type TRevision,
} from '@gcm/domain';
import { toAssignment } from '../assignments/assignment.mapper';
import type { AttachmentRow, ContributionViewRow, RevisionRow } from './contributions.repository';

/** References as stored (JSON), in the shape of the contract; anything unrecognisable is dropped. */
export function referencesOf(value: Prisma.JsonValue | undefined): TReference[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return [];
    const { title, url } = item as Record<string, unknown>;
    if (typeof title !== 'string') return [];
    return [{ title, url: typeof url === 'string' ? url : null }];
  });
}

/** Whether a save would store exactly what is stored already. */
export function sameContent(
  stored: { body: string; references: TReference[] },
  sent: { body: string; references: TReference[] },
): boolean {
  return (
    stored.body === sent.body &&
    JSON.stringify(stored.references.map(({ title, url }) => [title, url])) ===
      JSON.stringify(sent.references.map(({ title, url }) => [title, url]))
  );
}

export function toAttachment(row: AttachmentRow): TAttachment {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toRevision(row: RevisionRow): TRevision {
  return {
    version: row.version,
    body: row.body,
    wordCount: row.wordCount,
    references: referencesOf(row.references),
    author: row.author,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The contribution as `role` sees it now, with what that role may do next. */
export function toContribution(row: ContributionViewRow, role: ReviewRole, now: Date): TContribution {
  const contribution = row.contribution;
  const updatedBy: TPersonRef | null = contribution?.revisions[0]?.author ?? null;
  return {
    assignment: toAssignment(row, now),
    body: contribution?.body ?? '',
    wordCount: contribution?.wordCount ?? 0,
    references: referencesOf(contribution?.references),
    version: contribution?.version ?? 0,
    updatedAt: contribution && contribution.version > 0 ? contribution.updatedAt.toISOString() : null,
    updatedBy,
    attachments: contribution?.attachments.map(toAttachment) ?? [],
    comments: row.comments.map((comment) => ({
      id: comment.id,
      kind: comment.kind,
      body: comment.body,
      author: comment.author,
      createdAt: comment.createdAt.toISOString(),
    })),
    allowedActions: allowedActions(row.state, role),
    canEdit: canEditText(row.state, role),
  };
}
