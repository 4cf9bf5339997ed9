import { type TListAnswerRevisionsResponse, ZListAnswerRevisionsResponse } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { questionPath } from '../../../lib/api/get-consolidation';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/reviews/:reviewId/questions/:code/answer/revisions — newest first. */
export function getAnswerRevisions(
  reviewId: string,
  code: string,
  signal?: AbortSignal,
): Promise<TListAnswerRevisionsResponse> {
  return apiRequest(`${questionPath(reviewId, code)}/answer/revisions`, {
    schema: ZListAnswerRevisionsResponse,
    ...(signal ? { signal } : {}),
  });
}

export function answerRevisionsQueryOptions(reviewId: string, code: string) {
  return queryOptions({
    queryKey: queryKeys.answerRevisions(reviewId, code),
    queryFn: ({ signal }) => getAnswerRevisions(reviewId, code, signal),
  });
}

export function useAnswerRevisions(reviewId: string, code: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...answerRevisionsQueryOptions(reviewId, code), enabled: options.enabled ?? true });
}
