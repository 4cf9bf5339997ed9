import {
  type TForgotPasswordRequest,
  type TForgotPasswordResponse,
  ZForgotPasswordResponse,
} from '@gcm/domain';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** POST /api/auth/forgot-password → 202, the same answer for every address; 429 too many from here. */
export function forgotPassword(request: TForgotPasswordRequest): Promise<TForgotPasswordResponse> {
  return apiRequest('/auth/forgot-password', {
    method: 'POST',
    body: request,
    schema: ZForgotPasswordResponse,
  });
}

export function useForgotPassword() {
  return useMutation({ mutationFn: forgotPassword });
}
