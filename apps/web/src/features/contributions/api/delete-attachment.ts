import type { TContribution } from '@gcm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, noContent } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The link that downloads an attachment (the browser sends the session cookie). */
export function attachmentDownloadUrl(attachmentId: string): string {
  return `/api/attachments/${encodeURIComponent(attachmentId)}/download`;
}

/** DELETE /api/attachments/:attachmentId */
export function deleteAttachment(attachmentId: string): Promise<void> {
  return apiRequest(`/attachments/${encodeURIComponent(attachmentId)}`, {
    method: 'DELETE',
    schema: noContent,
  });
}

export function useDeleteAttachment(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAttachment,
    onSuccess: (_result, attachmentId) =>
      queryClient.setQueryData<TContribution>(queryKeys.contribution(assignmentId), (current) =>
        current
          ? {
              ...current,
              attachments: current.attachments.filter((attachment) => attachment.id !== attachmentId),
            }
          : current,
      ),
  });
}
