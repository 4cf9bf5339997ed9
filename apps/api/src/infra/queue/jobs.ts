import { z } from 'zod';

/** The one queue of the product: e-mail delivery and its housekeeping. */
export const MAIL_QUEUE = 'mail';

/** Every job the workers run. Ids derive from data, never from class names. */
export enum JobName {
  DeliverOutbox = 'outbox.deliver',
  ReconcileOutbox = 'outbox.reconcile',
  WeeklyDigest = 'digest.weekly',
}

export const JOB_PAYLOADS = {
  [JobName.DeliverOutbox]: z.object({ outboxId: z.uuid() }).strict(),
  [JobName.ReconcileOutbox]: z.object({}).strict(),
  [JobName.WeeklyDigest]: z.object({}).strict(),
} satisfies Record<JobName, z.ZodType>;

export type JobPayload<N extends JobName> = z.infer<(typeof JOB_PAYLOADS)[N]>;

/**
 * One job per delivery attempt of a row: re-enqueueing the same attempt is a no-op, and a row
 * taken back from a dead worker gets a fresh job instead of waiting for the stalled one.
 */
export function deliveryJobId(outboxId: string, attempts = 0): string {
  return `outbox-${outboxId}-${attempts}`;
}
