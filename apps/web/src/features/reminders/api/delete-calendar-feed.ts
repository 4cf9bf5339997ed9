import { useMutation } from '@tanstack/react-query';
import { apiRequest, noContent } from '../../../lib/api-client';

/** DELETE /api/me/calendar-feed → 204: the link stops working. */
export function deleteCalendarFeed(): Promise<void> {
  return apiRequest('/me/calendar-feed', { method: 'DELETE', schema: noContent });
}

export function useDeleteCalendarFeed() {
  return useMutation({ mutationFn: deleteCalendarFeed });
}
