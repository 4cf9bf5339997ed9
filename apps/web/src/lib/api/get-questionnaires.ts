import { type TQuestionnaireList, ZQuestionnaireList } from '@gcm/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api-client';
import { queryKeys } from '../query-keys';

/**
 * GET /api/questionnaires — the questionnaires a review can follow, built in and imported (signed
 * in): the new-review forms choose from it, the administrator's questionnaires page lists it.
 */
export function getQuestionnaires(signal?: AbortSignal): Promise<TQuestionnaireList> {
  return apiRequest('/questionnaires', { schema: ZQuestionnaireList, ...(signal ? { signal } : {}) });
}

export function questionnairesQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.questionnaires,
    queryFn: ({ signal }) => getQuestionnaires(signal),
  });
}

export function useQuestionnaires() {
  return useQuery(questionnairesQueryOptions());
}
