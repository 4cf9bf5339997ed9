import { type TCalendarFeed, ZCalendarFeed } from '@gcm/domain';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** POST /api/me/calendar-feed → 201 with a new secret URL; any previous link stops working. */
export function createCalendarFeed(): Promise<TCalendarFeed> {
  return apiRequest('/me/calendar-feed', { method: 'POST', schema: ZCalendarFeed });
}

export function useCreateCalendarFeed() {
  return useMutation({ mutationFn: createCalendarFeed });
}
