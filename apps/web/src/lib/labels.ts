import {
  AUDIT_ACTIONS,
  AUDIT_TARGET_TYPES,
  type TAssignmentRole,
  type TAuditAction,
  type TAuditTargetType,
  type TReviewRole,
} from '@gcm/domain';
import type { MessageId } from './i18n/use-t';

/** In English, for code that is not translated yet; screens show `t(reviewRoleLabelId(role))`. */
export const REVIEW_ROLE_LABELS: Record<TReviewRole, string> = {
  coordinator: 'Coordinator',
  contributor: 'Contributor (focal point)',
  stakeholder: 'Stakeholder',
  observer: 'Observer',
};

/** In English, for code that is not translated yet; screens show `t(assignmentRoleLabelId(role))`. */
export const ASSIGNMENT_ROLE_LABELS: Record<TAssignmentRole, string> = {
  lead: 'Lead',
  contributing: 'Contributing',
};

/** The message of a role in a review on screen (components/ui/ui.messages.ts). */
export function reviewRoleLabelId(role: TReviewRole) {
  return `ui.reviewRole.${role}` as const;
}

/** The message of an organisation's role in an assignment on screen (components/ui/ui.messages.ts). */
export function assignmentRoleLabelId(role: TAssignmentRole) {
  return `ui.assignmentRole.${role}` as const;
}

/** "MLSP", or the full name when an organisation has no short name. */
export function organisationLabel(organisation: { name: string; shortName: string | null }): string {
  return organisation.shortName?.trim() ? organisation.shortName : organisation.name;
}

const AUDIT_ACTION_CODES: ReadonlySet<string> = new Set(AUDIT_ACTIONS);
const AUDIT_TARGET_CODES: ReadonlySet<string> = new Set(AUDIT_TARGET_TYPES);

/** A code the screens have no message for, in words: "assignment.due_date_changed" → "assignment due date changed". */
function codeWords(code: string): string {
  return code.replace(/[._]/g, ' ');
}

/**
 * An audit event's action in the person's language (features/audit/audit.messages.ts):
 * "assignment.due_date_shifted" → "Due date moved". A code the app does not know (an older row) is
 * shown in words.
 */
export function auditActionLabel(t: (id: MessageId) => string, action: string): string {
  return AUDIT_ACTION_CODES.has(action) ? t(`audit.action.${action as TAuditAction}`) : codeWords(action);
}

/** The kind of record an audit event names, in the person's language: "assignment" → "Assignment". */
export function auditTargetLabel(t: (id: MessageId) => string, targetType: string): string {
  return AUDIT_TARGET_CODES.has(targetType)
    ? t(`audit.target.${targetType as TAuditTargetType}`)
    : codeWords(targetType);
}

/** "1 point", "3 points". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
