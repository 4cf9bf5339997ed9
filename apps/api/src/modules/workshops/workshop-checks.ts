import type { Prisma } from '@gcm/db';
import { AppError } from '@gcm/domain';
import { type FieldError, validationError } from '../../infra/http/validation.pipe';

type Db = Prisma.TransactionClient;

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

/** Organisations that do not take part in the review, as issues at their paths. */
export async function organisationIssues(
  db: Db,
  reviewId: string,
  ids: readonly (string | null)[],
  pathOf: (index: number) => string,
): Promise<FieldError[]> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return [];
  const found = await db.reviewOrganisation.findMany({
    where: { reviewId, organisationId: { in: wanted } },
    select: { organisationId: true },
  });
  const known = new Set(found.map((row) => row.organisationId));
  return ids.flatMap((id, index) =>
    id !== null && !known.has(id)
      ? [{ path: pathOf(index), message: 'is not an organisation taking part in this review' }]
      : [],
  );
}

/** People who are not members of the review, as issues at their paths. */
export async function memberIssues(
  db: Db,
  reviewId: string,
  ids: readonly (string | null)[],
  pathOf: (index: number) => string,
): Promise<FieldError[]> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return [];
  const found = await db.membership.findMany({
    where: { reviewId, personId: { in: wanted } },
    select: { personId: true },
  });
  const known = new Set(found.map((row) => row.personId));
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
