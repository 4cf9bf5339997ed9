import { type TComment, type TContribution, type TCreateCommentRequest, ZComment } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/assignments/:assignmentId/comments — a comment, or an answer to one (replyTo). */
export function addComment(assignmentId: string, request: TCreateCommentRequest): Promise<TComment> {
  return apiRequest(`/assignments/${encodeURIComponent(assignmentId)}/comments`, {
    method: 'POST',
    body: request,
    schema: ZComment,
  });
}

export function useAddComment(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TCreateCommentRequest) => addComment(assignmentId, request),
    onSuccess: async (comment) => {
      // Shown at once; the refetch then brings anything others wrote meanwhile.
      queryClient.setQueryData<TContribution>(queryKeys.contribution(assignmentId), (current) =>
        current && !current.comments.some((c) => c.id === comment.id)
          ? { ...current, comments: [...current.comments, comment] }
          : current,
      );
      await queryClient.invalidateQueries({ queryKey: queryKeys.contribution(assignmentId) });
    },
  });
}
