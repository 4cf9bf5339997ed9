import { type TTailoredQuestion, type TTailorQuestionRequest, ZTailoredQuestion } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterQuestionChange } from './invalidate';

/**
 * PATCH /api/reviews/:reviewId/questions/:code (coordinator) — rewords a question's guidance and word
 * target (and the prompt of a national question) in the review's own copy; `version` is the
 * question's version the change is based on: stale → 409 with details.current.
 */
export function tailorQuestion(
  reviewId: string,
  code: string,
  request: TTailorQuestionRequest,
): Promise<TTailoredQuestion> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/questions/${encodeURIComponent(code)}`, {
    method: 'PATCH',
    body: request,
    schema: ZTailoredQuestion,
  });
}

export function useTailorQuestion(reviewId: string, code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TTailorQuestionRequest) => tailorQuestion(reviewId, code, request),
    onSuccess: () => refreshAfterQuestionChange(queryClient, reviewId, code),
  });
}
