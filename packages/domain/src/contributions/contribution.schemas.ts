import { z } from 'zod';

export const CONTRIBUTION_STATES = [
  'not_started',
  'drafting',
  'submitted',
  'changes_requested',
  'accepted',
] as const;
export const ZContributionState = z.enum(CONTRIBUTION_STATES);
export type TContributionState = z.infer<typeof ZContributionState>;

export const REVIEW_ROLES = ['coordinator', 'contributor', 'stakeholder', 'observer'] as const;
export const ZReviewRole = z.enum(REVIEW_ROLES);
export type TReviewRole = z.infer<typeof ZReviewRole>;
