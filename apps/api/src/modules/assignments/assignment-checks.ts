import { AppError, dueDateProblem, type TOrganisationRef } from '@gcm/domain';
import type { FieldError } from '../../infra/http/validation.pipe';
import type { ReviewContext } from './assignments.repository';

export function organisationLabel(organisation: Pick<TOrganisationRef, 'name' | 'shortName'>): string {
  return organisation.shortName ?? organisation.name;
}

/**
 * What is wrong with the parts of a new or changed assignment that refer to the review: the
 * organisation must take part in it, the focal points must be its contributors from that
 * organisation, and the due date must be plausible and on or before the final deadline.
 */
export function assignmentIssues(
  context: ReviewContext,
  item: { organisationId: string; dueDate?: string | undefined; focalPointIds?: string[] | undefined },
  prefix: string,
  now: Date,
): FieldError[] {
  const issues: FieldError[] = [];
  const organisation = context.organisations.get(item.organisationId);
  if (!organisation) {
    issues.push({
      path: `${prefix}organisationId`,
      message: 'is not an organisation taking part in this review',
    });
  }
  if (item.dueDate !== undefined) {
    const problem = dueDateProblem(item.dueDate, now, context.finalDueDate);
    if (problem) issues.push({ path: `${prefix}dueDate`, message: problem });
  }
  (item.focalPointIds ?? []).forEach((personId, index) => {
    const path = `${prefix}focalPointIds.${index}`;
    if (!context.contributors.has(personId)) {
      issues.push({ path, message: 'is not a contributor in this review' });
    } else if (organisation && context.contributors.get(personId) !== item.organisationId) {
      issues.push({ path, message: `is not a contributor for ${organisationLabel(organisation)}` });
    }
  });
  return issues;
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

const LEAD_INDEX = 'assignment_one_lead_per_question';
const PAIR_INDEX = 'assignment_question_id_organisation_id_key';

/**
 * A unique violation raised by the database when a concurrent request got there first, turned
 * into the same 409 the checks give; anything else is returned unchanged.
 */
export function translateUniqueViolation(error: unknown): unknown {
  if (typeof error !== 'object' || error === null || (error as { code?: unknown }).code !== 'P2002') {
    return error;
  }
  const meta = JSON.stringify((error as { meta?: unknown }).meta ?? {});
  if (meta.includes(LEAD_INDEX)) {
    return new AppError('CONFLICT', 'This question already has a lead organisation; a question has one lead');
  }
  if (meta.includes(PAIR_INDEX)) {
    return new AppError('CONFLICT', 'This question is already assigned to this organisation');
  }
  return error;
}
