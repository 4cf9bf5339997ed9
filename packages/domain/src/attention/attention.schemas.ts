import { z } from 'zod';
import { ZIsoDate } from '../dates/calendar-date';
import { ZContributionState, ZOrganisationRef, ZUuid } from '../shared/primitives.schemas';

/** How many items of each kind the summary lists; the counts are always complete. */
export const ATTENTION_ITEM_LIMIT = 5;

const count = z.number().int().min(0);

/** A question without a lead organisation; `assignmentCount` 0 means nobody works on it at all. */
export const ZAttentionUnassignedQuestion = z
  .object({ questionId: ZUuid, code: z.string(), prompt: z.string(), assignmentCount: count })
  .meta({ id: 'AttentionUnassignedQuestion' });

/** An assignment whose due date has passed in the review's time zone and is not yet handed in. */
export const ZAttentionOverdueAssignment = z
  .object({
    assignmentId: ZUuid,
    questionCode: z.string(),
    organisation: ZOrganisationRef,
    dueDate: ZIsoDate,
    daysOverdue: z.number().int().min(1),
    state: ZContributionState,
  })
  .meta({ id: 'AttentionOverdueAssignment' });

/** A contribution handed in and waiting for the coordinator to accept it or ask for changes. */
export const ZAttentionSubmittedContribution = z
  .object({
    assignmentId: ZUuid,
    questionCode: z.string(),
    organisation: ZOrganisationRef,
    /** The last change of the assignment: its submission, unless it was edited since. */
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'AttentionSubmittedContribution' });

export const ZAttentionOpenVote = z
  .object({ roundId: ZUuid, title: z.string(), closesAt: z.iso.datetime() })
  .meta({ id: 'AttentionOpenVote' });

/** An e-mail that could not be delivered after its last attempt (outbox status failed). */
export const ZAttentionFailedEmail = z
  .object({ messageId: ZUuid, subject: z.string().nullable(), failedAt: z.iso.datetime() })
  .meta({ id: 'AttentionFailedEmail' });

function section<T extends z.ZodType>(item: T) {
  return z.object({ count, items: z.array(item).max(ATTENTION_ITEM_LIMIT) });
}

/**
 * What needs the coordinator's attention first in one review: each kind with its full count and
 * its first few items (the most urgent first). Observers get the same, except that failed
 * e-mails come as a count only (the e-mails themselves are the coordinator's).
 */
export const ZReviewAttention = z
  .object({
    reviewId: ZUuid,
    /** Questions without a lead organisation; `withoutAnyAssignment` of them have no assignment at all. */
    unassigned: section(ZAttentionUnassignedQuestion).extend({ withoutAnyAssignment: count }),
    overdue: section(ZAttentionOverdueAssignment),
    awaitingCoordinator: section(ZAttentionSubmittedContribution),
    openVotes: section(ZAttentionOpenVote),
    failedEmails: section(ZAttentionFailedEmail),
  })
  .meta({ id: 'ReviewAttention' });
export type TReviewAttention = z.infer<typeof ZReviewAttention>;
export type TAttentionOverdueAssignment = z.infer<typeof ZAttentionOverdueAssignment>;

/** True when nothing in the summary asks for action. */
export function nothingNeedsAttention(attention: TReviewAttention): boolean {
  return (
    attention.unassigned.count +
      attention.overdue.count +
      attention.awaitingCoordinator.count +
      attention.openVotes.count +
      attention.failedEmails.count ===
    0
  );
}
