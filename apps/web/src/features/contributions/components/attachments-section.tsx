import type { TAttachment } from '@gcm/domain';
import { formatInstant, localTimeZone } from '@gcm/domain';
import { type ChangeEvent, useRef } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Field } from '../../../components/ui/field';
import { attachmentDownloadUrl, useDeleteAttachment } from '../api/delete-attachment';
import {
  ACCEPTED_ATTACHMENTS,
  ACCEPTED_ATTACHMENTS_TEXT,
  useUploadAttachment,
} from '../api/upload-attachment';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

interface AttachmentsSectionProps {
  assignmentId: string;
  attachments: TAttachment[];
  canEdit: boolean;
}

/** Files that go with the answer ("Attachment 1: answers to 1b"): upload, download, delete. */
export function AttachmentsSection({ assignmentId, attachments, canEdit }: AttachmentsSectionProps) {
  const upload = useUploadAttachment(assignmentId);
  const remove = useDeleteAttachment(assignmentId);
  const input = useRef<HTMLInputElement>(null);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    upload.mutate(file, {
      onSettled: () => {
        if (input.current) input.current.value = '';
      },
    });
  }

  return (
    <section className="card" aria-labelledby="attachments-title">
      <h2 id="attachments-title">Attachments</h2>
      {attachments.length === 0 ? (
        <p className="muted">No attachments.</p>
      ) : (
        <ul className="attachments-list" data-testid="attachments">
          {attachments.map((attachment) => (
            <li key={attachment.id} className="attachments-list__item">
              <a href={attachmentDownloadUrl(attachment.id)} download={attachment.fileName}>
                {attachment.fileName}
              </a>
              <span className="muted">
                {formatBytes(attachment.sizeBytes)}
                {attachment.uploadedBy ? `, by ${attachment.uploadedBy.name}` : ''},{' '}
                {formatInstant(attachment.createdAt, localTimeZone())}
              </span>
              {canEdit ? (
                <ConfirmButton
                  label="Delete"
                  question={`Delete ${attachment.fileName}?`}
                  confirmLabel="Yes, delete"
                  busy={remove.isPending && remove.variables === attachment.id}
                  onConfirm={() => remove.mutate(attachment.id)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {remove.isError ? <ErrorPanel title="The file could not be deleted" error={remove.error} /> : null}
      {canEdit ? (
        <>
          <Field label="Attach a file" hint={`${ACCEPTED_ATTACHMENTS_TEXT}.`}>
            {(control) => (
              <input
                {...control}
                ref={input}
                className="input"
                type="file"
                accept={ACCEPTED_ATTACHMENTS}
                disabled={upload.isPending}
                onChange={choose}
              />
            )}
          </Field>
          {upload.isPending ? (
            <p role="status" className="muted">
              Uploading {upload.variables?.name}…
            </p>
          ) : null}
          {upload.isError ? <ErrorPanel title="The file was not attached" error={upload.error} /> : null}
        </>
      ) : null}
    </section>
  );
}
