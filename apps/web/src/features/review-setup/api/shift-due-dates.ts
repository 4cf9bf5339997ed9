import type { TShiftDueDatesRequest } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const ZShiftResult = z.object({ shifted: z.number().int() });

/** POST /api/reviews/:reviewId/shift-due-dates — move open due dates as far as the final deadline moved. */
export function shiftDueDates(
  reviewId: string,
  request: TShiftDueDatesRequest,
): Promise<{ shifted: number }> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/shift-due-dates`, {
    method: 'POST',
    body: request,
    schema: ZShiftResult,
  });
}

export function useShiftDueDates(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TShiftDueDatesRequest) => shiftDueDates(reviewId, request),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.review(reviewId) });
    },
  });
}
