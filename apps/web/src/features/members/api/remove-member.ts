import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, noContent } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** DELETE /api/reviews/:reviewId/members/:membershipId → 204 */
export function removeMember(reviewId: string, membershipId: string): Promise<void> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/members/${encodeURIComponent(membershipId)}`, {
    method: 'DELETE',
    schema: noContent,
  });
}

export function useRemoveMember(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (membershipId: string) => removeMember(reviewId, membershipId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.reviewMembers(reviewId) }),
  });
}
