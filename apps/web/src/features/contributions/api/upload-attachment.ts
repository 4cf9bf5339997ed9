import { type TAttachment, type TContribution, ZAttachment } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * What the upload input offers; the server has the last word (415 with its own message). The hint
 * that lists them for people is the message `contribution.attachments.accepted`.
 */
export const ACCEPTED_ATTACHMENTS = '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.png,.jpg,.jpeg,.txt,.csv';

/** POST /api/assignments/:assignmentId/attachments (multipart, field `file`) — 413 too large, 415 wrong type. */
export function uploadAttachment(assignmentId: string, file: File): Promise<TAttachment> {
  const form = new FormData();
  form.append('file', file);
  return apiRequest(`/assignments/${encodeURIComponent(assignmentId)}/attachments`, {
    method: 'POST',
    body: form,
    schema: ZAttachment,
  });
}

export function useUploadAttachment(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadAttachment(assignmentId, file),
    onSuccess: (attachment) =>
      queryClient.setQueryData<TContribution>(queryKeys.contribution(assignmentId), (current) =>
        current ? { ...current, attachments: [...current.attachments, attachment] } : current,
      ),
  });
}
