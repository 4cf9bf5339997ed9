import {
  type TImportQuestionnaireRequest,
  type TQuestionnaireImportResult,
  type TQuestionnaireProblem,
  ZQuestionnaireImportResult,
  ZQuestionnaireProblem,
} from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * POST /api/questionnaires (administrator) — `dryRun: true` checks the file and keeps nothing;
 * otherwise it is imported. 422 names each problem of an invalid file (read them with
 * {@link questionnaireProblemsOf}); 409 when that key and version exist already.
 */
export function importQuestionnaire(
  request: TImportQuestionnaireRequest,
): Promise<TQuestionnaireImportResult> {
  return apiRequest('/questionnaires', { method: 'POST', body: request, schema: ZQuestionnaireImportResult });
}

/** The problems a refused file (422) carries, or null for any other failure. */
export function questionnaireProblemsOf(error: unknown): TQuestionnaireProblem[] | null {
  if (!isApiError(error) || error.status !== 422) return null;
  const details = error.details as { problems?: unknown } | null | undefined;
  const parsed = ZQuestionnaireProblem.array().safeParse(details?.problems);
  return parsed.success ? parsed.data : null;
}

export function useImportQuestionnaire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importQuestionnaire,
    onSuccess: (result) =>
      result.imported ? queryClient.invalidateQueries({ queryKey: queryKeys.questionnaires }) : undefined,
  });
}
