import type { TChangePasswordRequest } from '@gcm/domain';
import { useMutation } from '@tanstack/react-query';
import { apiRequest, noContent } from '../../../lib/api-client';

/** POST /api/auth/password → 204; every other session of the person ends. 400 on `currentPassword` when wrong. */
export function changePassword(request: TChangePasswordRequest): Promise<void> {
  return apiRequest('/auth/password', { method: 'POST', body: request, schema: noContent });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
