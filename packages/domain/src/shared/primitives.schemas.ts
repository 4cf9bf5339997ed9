import { z } from 'zod';

/**
 * The small pieces every feature's contract is built from: ids, roles, states and the references
 * to people and organisations. They sit apart from the feature files, and import none of them, so
 * that features can share them without importing each other.
 */

export const ZUuid = z.uuid({ error: 'must be a UUID' });

export const REVIEW_ROLES = ['coordinator', 'contributor', 'stakeholder', 'observer'] as const;
export const ZReviewRole = z.enum(REVIEW_ROLES);
export type TReviewRole = z.infer<typeof ZReviewRole>;

export const CONTRIBUTION_STATES = [
  'not_started',
  'drafting',
  'submitted',
  'changes_requested',
  'accepted',
] as const;
export const ZContributionState = z.enum(CONTRIBUTION_STATES);
export type TContributionState = z.infer<typeof ZContributionState>;

export const ASSIGNMENT_ROLES = ['lead', 'contributing'] as const;
export const ZAssignmentRole = z.enum(ASSIGNMENT_ROLES);
export type TAssignmentRole = z.infer<typeof ZAssignmentRole>;

export const ORGANISATION_TYPES = ['ministry_agency', 'un_entity', 'ngo', 'academia', 'other'] as const;
export const ZOrganisationType = z.enum(ORGANISATION_TYPES);
export type TOrganisationType = z.infer<typeof ZOrganisationType>;

export const ORGANISATION_TYPE_LABELS: Record<TOrganisationType, string> = {
  ministry_agency: 'Ministry or agency',
  un_entity: 'UN entity',
  ngo: 'NGO',
  academia: 'Academia',
  other: 'Other',
};

export const ZOrganisationRef = z
  .object({
    id: ZUuid,
    name: z.string(),
    shortName: z.string().nullable(),
    type: ZOrganisationType,
  })
  .meta({ id: 'OrganisationRef' });
export type TOrganisationRef = z.infer<typeof ZOrganisationRef>;

export const ZPersonRef = z
  .object({ id: ZUuid, name: z.string(), email: z.string() })
  .meta({ id: 'PersonRef' });
export type TPersonRef = z.infer<typeof ZPersonRef>;
