import { type TShiftDueDatesRequest, type TShiftDueDatesResponse, ZShiftDueDatesResponse } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/reviews/:reviewId/shift-due-dates — move open due dates as far as the final deadline moved. */
export function shiftDueDates(
  reviewId: string,
  request: TShiftDueDatesRequest,
): Promise<TShiftDueDatesResponse> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/shift-due-dates`, {
    method: 'POST',
    body: request,
    schema: ZShiftDueDatesResponse,
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
