import { type TInviteMemberRequest, type TInviteMemberResponse, ZInviteMemberResponse } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/reviews/:reviewId/members — the answer holds the invitation link, shown once. */
export function inviteMember(
  reviewId: string,
  request: TInviteMemberRequest,
): Promise<TInviteMemberResponse> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/members`, {
    method: 'POST',
    body: request,
    schema: ZInviteMemberResponse,
  });
}

export function useInviteMember(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TInviteMemberRequest) => inviteMember(reviewId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.reviewMembers(reviewId) }),
  });
}
