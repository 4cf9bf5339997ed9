import { z } from 'zod';

export const DEADLINE_STATUSES = ['not_started', 'on_track', 'due_soon', 'overdue', 'done'] as const;
export const ZDeadlineStatus = z.enum(DEADLINE_STATUSES);
export type TDeadlineStatus = z.infer<typeof ZDeadlineStatus>;
