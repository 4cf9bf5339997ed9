import { createHash } from 'node:crypto';
import { z } from 'zod';

/** The one queue of the product: e-mail delivery and its housekeeping. */
export const MAIL_QUEUE = 'mail';

/**
 * At most this many outbox rows per delivery job: a worker claims, renders, sends and records
 * them together (decision 0028), while a job stays short enough for several workers to share a
 * bulk of reminders.
 */
export const DELIVERY_BATCH = 50;

/** Every job the workers run. Ids derive from data, never from class names. */
export enum JobName {
  DeliverOutbox = 'outbox.deliver',
  ReconcileOutbox = 'outbox.reconcile',
  WeeklyDigest = 'digest.weekly',
}

export const JOB_PAYLOADS = {
  [JobName.DeliverOutbox]: z.object({ outboxIds: z.array(z.uuid()).min(1).max(DELIVERY_BATCH) }).strict(),
  [JobName.ReconcileOutbox]: z.object({}).strict(),
  [JobName.WeeklyDigest]: z.object({}).strict(),
} satisfies Record<JobName, z.ZodType>;

export type JobPayload<N extends JobName> = z.infer<(typeof JOB_PAYLOADS)[N]>;

/**
 * One job per delivery attempt of a set of rows: re-enqueueing the same rows at the same attempts
 * is a no-op, and rows taken back from a dead worker get a fresh job instead of waiting for the
 * stalled one. A single row is `deliver-<row>-<attempts>`, a batch is named by a digest of its
 * rows and their attempts. (Not `outbox-<row>-<attempts>`, the ids of the one-row jobs before
 * decision 0028: a failed job of that shape kept by BullMQ would swallow the new one.)
 */
export function deliveryJobId(rows: readonly { id: string; attempts?: number }[]): string {
  const [only] = rows;
  if (only && rows.length === 1) return `deliver-${only.id}-${only.attempts ?? 0}`;
  const digest = createHash('sha256');
  for (const row of rows) digest.update(`${row.id}/${row.attempts ?? 0};`);
  return `deliver-${digest.digest('hex').slice(0, 32)}`;
}
