import { z } from 'zod';
import { ZUuid } from '../shared/primitives.schemas';
import { ZReviewStatus } from './reviews.schemas';

/** What closing or archiving a review answers: where it stands now. */
export const ZReviewStatusChange = z
  .object({
    id: ZUuid,
    status: ZReviewStatus,
    /** The settings' version after the change (the settings form must reload). */
    version: z.number().int().positive(),
  })
  .meta({ id: 'ReviewStatusChange' });
export type TReviewStatusChange = z.infer<typeof ZReviewStatusChange>;
