import {
  type TDivisionOfLabourRequest,
  type TDivisionOfLabourResponse,
  ZDivisionOfLabourResponse,
} from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * POST /api/workshops/:workshopId/division-of-labour — the division of labour agreed at the workshop
 * turned into assignments (questions × organisations, one due date), all or nothing (coordinator).
 */
export function divideLabour(
  workshopId: string,
  request: TDivisionOfLabourRequest,
): Promise<TDivisionOfLabourResponse> {
  return apiRequest(`/workshops/${encodeURIComponent(workshopId)}/division-of-labour`, {
    method: 'POST',
    body: request,
    schema: ZDivisionOfLabourResponse,
  });
}

export function useDivideLabour(workshop: { id: string; reviewId: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TDivisionOfLabourRequest) => divideLabour(workshop.id, request),
    onSuccess: () =>
      Promise.all([
        // The review's questions, matrix and progress show the new assignments.
        queryClient.invalidateQueries({ queryKey: queryKeys.review(workshop.reviewId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.reviews, exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.myAssignments }),
        queryClient.invalidateQueries({ queryKey: queryKeys.workshop(workshop.id) }),
      ]),
  });
}
