import {
  type TCompletenessReport,
  type TCreateSubmissionRequest,
  type TSubmission,
  ZSubmission,
  ZSubmissionRefused,
} from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/reviews/:reviewId/submissions — compiles the report and sends it to ESCAP (201). */
export function createSubmission(reviewId: string, request: TCreateSubmissionRequest): Promise<TSubmission> {
  return apiRequest(`/reviews/${encodeURIComponent(reviewId)}/submissions`, {
    method: 'POST',
    body: request,
    schema: ZSubmission,
  });
}

/** The completeness report carried by a 409 refusal (the report is not ready), or null. */
export function refusalOf(error: unknown): TCompletenessReport | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const details = ZSubmissionRefused.shape.details.safeParse(error.details);
  return details.success ? details.data.completeness : null;
}

export function useCreateSubmission(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TCreateSubmissionRequest) => createSubmission(reviewId, request),
    // The review (status, read-only answers) and everything on the report page change.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.review(reviewId) }),
  });
}
