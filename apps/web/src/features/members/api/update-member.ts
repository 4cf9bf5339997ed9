import { type TMember, type TUpdateMemberRequest, ZMember } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** PATCH /api/reviews/:reviewId/members/:membershipId — role or organisation. */
export function updateMember(
  reviewId: string,
  membershipId: string,
  request: TUpdateMemberRequest,
): Promise<TMember> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/members/${encodeURIComponent(membershipId)}`, {
    method: 'PATCH',
    body: request,
    schema: ZMember,
  });
}

export function useUpdateMember(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ membershipId, request }: { membershipId: string; request: TUpdateMemberRequest }) =>
      updateMember(reviewId, membershipId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.reviewMembers(reviewId) }),
  });
}
