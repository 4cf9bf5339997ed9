import { type TInvitationPreview, ZInvitationPreview } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/invitations/:token — 404 unknown or expired, 409 already used. */
export function getInvitation(token: string, signal?: AbortSignal): Promise<TInvitationPreview> {
  return apiRequest(`/invitations/${encodeURIComponent(token)}`, {
    schema: ZInvitationPreview,
    ...(signal ? { signal } : {}),
  });
}

export function invitationQueryOptions(token: string) {
  return queryOptions({
    queryKey: queryKeys.invitation(token),
    queryFn: ({ signal }) => getInvitation(token, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useInvitation(token: string) {
  return useQuery(invitationQueryOptions(token));
}
