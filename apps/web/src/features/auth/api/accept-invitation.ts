import { type TAcceptInvitationRequest, type TCurrentPerson, ZCurrentPerson } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { resetCacheForSession } from '../../../lib/query-keys';

/** POST /api/invitations/:token/accept — sets the password (or checks it) and signs in. */
export function acceptInvitation(token: string, request: TAcceptInvitationRequest): Promise<TCurrentPerson> {
  return apiRequest(`/invitations/${encodeURIComponent(token)}/accept`, {
    method: 'POST',
    body: request,
    schema: ZCurrentPerson,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TAcceptInvitationRequest) => acceptInvitation(token, request),
    onSuccess: (person) => {
      resetCacheForSession(queryClient, person);
    },
  });
}
