import type { TAssignmentRole, TReviewRole } from '@gcm/domain';

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

/** An audit event's action for people: "assignment.due_date_changed" → "assignment due date changed". */
export function auditActionText(action: string): string {
  return action.replace(/[._]/g, ' ');
}

/** "1 point", "3 points". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
