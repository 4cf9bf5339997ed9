import { type TListOutboxResponse, ZListOutboxResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * GET /api/assignments/:assignmentId/reminders — the e-mails sent and planned for one assignment,
 * oldest first (the coordinator, or the assigned organisation's contributors; 403 for anyone else).
 */
export function getAssignmentReminders(
  assignmentId: string,
  signal?: AbortSignal,
): Promise<TListOutboxResponse> {
  return apiRequest(`/assignments/${encodeURIComponent(assignmentId)}/reminders`, {
    schema: ZListOutboxResponse,
    ...(signal ? { signal } : {}),
  });
}

export function assignmentRemindersQueryOptions(assignmentId: string) {
  return queryOptions({
    queryKey: queryKeys.assignmentReminders(assignmentId),
    queryFn: ({ signal }) => getAssignmentReminders(assignmentId, signal),
  });
}

export function useAssignmentReminders(assignmentId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...assignmentRemindersQueryOptions(assignmentId), enabled: options.enabled ?? true });
}
