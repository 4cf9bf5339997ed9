import type { Prisma, ReviewRole } from '@gcm/db';
import {
  allowedActions,
  canEditText,
  type TAttachment,
  type TComment,
  type TCommentAuthorRole,
  type TContribution,
  type TPersonRef,
  type TReference,
  type TRevision,
} from '@gcm/domain';
import { toAssignment } from '../assignments/assignment.mapper';
import type { AttachmentRow, CommentRow, ContributionViewRow, RevisionRow } from './contributions.repository';

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
  stored: { body: string; references: TReference[]; language: string | null },
  sent: { body: string; references: TReference[]; language: string | null },
): boolean {
  return (
    stored.body === sent.body &&
    stored.language === sent.language &&
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

/** A coordinator, or a contributor of the organisation (its focal point); other roles do not comment. */
function commentAuthorRole(role: ReviewRole | null): TCommentAuthorRole | null {
  if (role === 'coordinator') return 'coordinator';
  if (role === 'contributor') return 'focal_point';
  return null;
}

export function toComment(row: CommentRow): TComment {
  return {
    id: row.id,
    kind: row.kind,
    body: row.body,
    author: row.author,
    authorRole: commentAuthorRole(row.authorRole),
    replyToId: row.replyToId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toRevision(row: RevisionRow): TRevision {
  return {
    version: row.version,
    body: row.body,
    wordCount: row.wordCount,
    references: referencesOf(row.references),
    language: row.language,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Who may comment: the review's coordinators and the organisation's contributors (its focal points). */
export function mayComment(role: ReviewRole): boolean {
  return role === 'coordinator' || role === 'contributor';
}

/**
 * The contribution as `role` sees it now, with what that role may do next; `writable` says
 * whether the review takes writes now (not submitted, closed or archived).
 */
export function toContribution(
  row: ContributionViewRow,
  role: ReviewRole,
  now: Date,
  writable: boolean,
): TContribution {
  const contribution = row.contribution;
  const updatedBy: TPersonRef | null = contribution?.revisions[0]?.author ?? null;
  return {
    assignment: toAssignment(row, now),
    body: contribution?.body ?? '',
    wordCount: contribution?.wordCount ?? 0,
    references: referencesOf(contribution?.references),
    language: contribution?.language ?? null,
    templateLanguage: row.review.templateLanguage,
    version: contribution?.version ?? 0,
    updatedAt: contribution && contribution.version > 0 ? contribution.updatedAt.toISOString() : null,
    updatedBy,
    attachments: contribution?.attachments.map(toAttachment) ?? [],
    comments: row.comments.map(toComment),
    canComment: writable && mayComment(role),
    allowedActions: allowedActions(row.state, role),
    canEdit: canEditText(row.state, role),
  };
}
