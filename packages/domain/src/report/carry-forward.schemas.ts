import { z } from 'zod';
import { ZQuestionCode } from '../catalogue/catalogue.schemas';
import { ZUuid } from '../shared/primitives.schemas';

export const ZTextChange = z
  .object({
    /** same: in both; removed: only in the previous cycle's text; added: only in the draft. */
    change: z.enum(['same', 'removed', 'added']),
    text: z.string(),
  })
  .meta({ id: 'TextChange' });
export type TTextChange = z.infer<typeof ZTextChange>;

/** Where a carried answer came from, as the answer records it. */
export const ZAnswerOrigin = z
  .object({
    /** The previous cycle's review; null when it has since been deleted. */
    reviewId: ZUuid.nullable(),
    /** Its cycle (year), as recorded when the answer was carried. */
    cycle: z.number().int(),
    /** The previous cycle's questions the text came from. */
    questionCodes: z.array(ZQuestionCode),
    /** The text as carried, kept so the difference view survives later changes to either review. */
    body: z.string(),
    carriedAt: z.iso.datetime(),
  })
  .meta({ id: 'AnswerOrigin' });
export type TAnswerOrigin = z.infer<typeof ZAnswerOrigin>;

/** How many records a review started from its previous cycle took over. */
export const ZCarryForwardSummary = z
  .object({
    fromReviewId: ZUuid,
    fromCycle: z.number().int(),
    organisations: z.number().int(),
    members: z.number().int(),
    assignments: z.number().int(),
    answers: z.number().int(),
  })
  .meta({ id: 'CarryForwardSummary' });
export type TCarryForwardSummary = z.infer<typeof ZCarryForwardSummary>;
