import type { TCurrentPerson } from '@gcm/domain';

/**
 * Where a person starts, after sign-in and at "/": an administrator on the installation's overview;
 * someone who takes part in reviews without coordinating any on their own assignments; a
 * coordinator (or someone without a review yet) on the list of reviews.
 */
export function landingPath(person: TCurrentPerson): string {
  if (person.isAdministrator) return '/instance';
  const coordinates = person.memberships.some((membership) => membership.role === 'coordinator');
  if (person.memberships.length > 0 && !coordinates) return '/my/assignments';
  return '/reviews';
}
