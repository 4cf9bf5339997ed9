import { AppError } from '@gcm/domain';
import { type FieldError, validationError } from '../../infra/http/validation.pipe';

/** Each id once: the second mention of an id is an issue at its path. */
export function duplicateIssues(
  ids: readonly (string | null)[],
  pathOf: (index: number) => string,
): FieldError[] {
  const seen = new Set<string>();
  const issues: FieldError[] = [];
  ids.forEach((id, index) => {
    if (id === null) return;
    if (seen.has(id)) issues.push({ path: pathOf(index), message: 'is listed twice' });
    seen.add(id);
  });
  return issues;
}

/** Organisations that do not take part in the review (`known` holds those that do), as issues at their paths. */
export function organisationIssues(
  ids: readonly (string | null)[],
  known: ReadonlySet<string>,
  pathOf: (index: number) => string,
): FieldError[] {
  return ids.flatMap((id, index) =>
    id !== null && !known.has(id)
      ? [{ path: pathOf(index), message: 'is not an organisation taking part in this review' }]
      : [],
  );
}

/** People who are not members of the review (`known` holds those who are), as issues at their paths. */
export function memberIssues(
  ids: readonly (string | null)[],
  known: ReadonlySet<string>,
  pathOf: (index: number) => string,
): FieldError[] {
  return ids.flatMap((id, index) =>
    id !== null && !known.has(id) ? [{ path: pathOf(index), message: 'is not a member of this review' }] : [],
  );
}

export function throwIfAny(issues: FieldError[]): void {
  if (issues.length > 0) throw validationError(issues);
}

/** The end of a workshop cannot come before its start (the database refuses it too). */
export function assertTimes(startsAt: Date, endsAt: Date | null): void {
  if (endsAt && endsAt < startsAt) {
    throw validationError([{ path: 'endsAt', message: 'must not be before startsAt' }]);
  }
}

export function staleVersion(what: string, sent: number, current: number, details: unknown): AppError {
  return new AppError(
    'CONFLICT',
    `The ${what} was changed by someone else: you edited version ${sent}, it is now version ${current}. Reload it and try again.`,
    { current: details },
  );
}
