import type { TAssignmentRole, TReviewRole } from '@gcm/domain';

export const REVIEW_ROLE_LABELS: Record<TReviewRole, string> = {
  coordinator: 'Coordinator',
  contributor: 'Contributor (focal point)',
  stakeholder: 'Stakeholder',
  observer: 'Observer',
};

export const ASSIGNMENT_ROLE_LABELS: Record<TAssignmentRole, string> = {
  lead: 'Lead',
  contributing: 'Contributing',
};

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
