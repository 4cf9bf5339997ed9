import { type TAddNationalQuestionRequest, type TTailoredQuestion, ZTailoredQuestion } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterQuestionChange } from './invalidate';

/**
 * POST /api/reviews/:reviewId/questions (coordinator) — adds a national question right after
 * `afterCode`, in that question's section (201). A taken code or an unknown `afterCode` is a 400 at
 * that field.
 */
export function addNationalQuestion(
  reviewId: string,
  request: TAddNationalQuestionRequest,
): Promise<TTailoredQuestion> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/questions`, {
    method: 'POST',
    body: request,
    schema: ZTailoredQuestion,
  });
}

export function useAddNationalQuestion(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TAddNationalQuestionRequest) => addNationalQuestion(reviewId, request),
    onSuccess: (added) => refreshAfterQuestionChange(queryClient, reviewId, added.code),
  });
}
