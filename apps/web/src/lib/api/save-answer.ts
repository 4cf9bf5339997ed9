import {
  type TAnswer,
  type TConsolidation,
  type TSaveAnswerRequest,
  ZAnswer,
  ZAnswerConflict,
} from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../api-client';
import { queryKeys } from '../query-keys';
import { questionPath } from './get-consolidation';

/**
 * PUT /api/reviews/:reviewId/questions/:code/answer — `baseVersion` is the version the editor loaded or
 * last saved; a stale save is refused with 409 and what is stored now (read it with {@link answerConflictOf}).
 */
export function saveAnswer(reviewId: string, code: string, request: TSaveAnswerRequest): Promise<TAnswer> {
  return apiRequest(`${questionPath(reviewId, code)}/answer`, {
    method: 'PUT',
    body: request,
    schema: ZAnswer,
  });
}

/** The stored answer carried by a 409 save conflict, or null for any other error. */
export function answerConflictOf(error: unknown): TAnswer | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const details = ZAnswerConflict.shape.details.safeParse(error.details);
  return details.success ? details.data.current : null;
}

export function useSaveAnswer(reviewId: string, code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TSaveAnswerRequest) => saveAnswer(reviewId, code, request),
    onSuccess: async (answer) => {
      queryClient.setQueryData<TConsolidation>(queryKeys.consolidation(reviewId, code), (current) =>
        current ? { ...current, answer } : current,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.answerRevisions(reviewId, code) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.reportAll(reviewId) }),
      ]);
    },
  });
}
