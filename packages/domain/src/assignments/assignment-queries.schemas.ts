import { z } from 'zod';
import { ZQuestionCode } from '../catalogue/catalogue.schemas';
import { ZUuid } from '../shared/primitives.schemas';
import { ZOrganisationProgress } from './assignment.schemas';

/** Filters of GET /api/reviews/:reviewId/assignments; unknown parameters are refused. */
export const ZListAssignmentsQuery = z
  .object({
    organisationId: ZUuid.optional(),
    questionCode: ZQuestionCode.optional(),
  })
  .strict()
  .meta({ id: 'ListAssignmentsQuery' });
export type TListAssignmentsQuery = z.infer<typeof ZListAssignmentsQuery>;

/** GET /api/reviews/:reviewId/progress: one row per organisation that has assignments. */
export const ZReviewProgressResponse = z
  .object({ organisations: z.array(ZOrganisationProgress) })
  .meta({ id: 'ReviewProgressResponse' });
export type TReviewProgressResponse = z.infer<typeof ZReviewProgressResponse>;
