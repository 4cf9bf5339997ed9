import type { TAttachment } from '@gcm/domain';
import { formatInstant, localTimeZone } from '@gcm/domain';
import { type ChangeEvent, useRef } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Field } from '../../../components/ui/field';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { attachmentDownloadUrl, useDeleteAttachment } from '../api/delete-attachment';
import { ACCEPTED_ATTACHMENTS, useUploadAttachment } from '../api/upload-attachment';
import type { Translate } from './comments-section';

/** "512 B", "12 KB", "3.4 MB" (the units in the person's language). */
function formatBytes(bytes: number, t: Translate): string {
  if (bytes < 1024) return t('contribution.attachments.bytes', { size: bytes });
  if (bytes < 1024 * 1024)
    return t('contribution.attachments.kilobytes', { size: (bytes / 1024).toFixed(0) });
  return t('contribution.attachments.megabytes', { size: (bytes / (1024 * 1024)).toFixed(1) });
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
  const t = useT();
  const locale = useLocale();

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
      <h2 id="attachments-title">{t('contribution.attachments.title')}</h2>
      {attachments.length === 0 ? (
        <p className="muted">{t('contribution.attachments.none')}</p>
      ) : (
        <ul className="attachments-list" data-testid="attachments">
          {attachments.map((attachment) => (
            <li key={attachment.id} className="attachments-list__item">
              <a href={attachmentDownloadUrl(attachment.id)} download={attachment.fileName}>
                {attachment.fileName}
              </a>
              <span className="muted">
                {attachment.uploadedBy
                  ? t('contribution.attachments.uploadedBy', {
                      size: formatBytes(attachment.sizeBytes, t),
                      name: attachment.uploadedBy.name,
                      date: formatInstant(attachment.createdAt, localTimeZone(), 'dateTime', locale),
                    })
                  : t('contribution.attachments.uploaded', {
                      size: formatBytes(attachment.sizeBytes, t),
                      date: formatInstant(attachment.createdAt, localTimeZone(), 'dateTime', locale),
                    })}
              </span>
              {canEdit ? (
                <ConfirmButton
                  label={t('contribution.attachments.delete')}
                  question={t('contribution.attachments.deleteQuestion', { fileName: attachment.fileName })}
                  confirmLabel={t('contribution.attachments.deleteConfirm')}
                  busy={remove.isPending && remove.variables === attachment.id}
                  onConfirm={() => remove.mutate(attachment.id)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {remove.isError ? (
        <ErrorPanel title={t('contribution.attachments.deleteFailed')} error={remove.error} />
      ) : null}
      {canEdit ? (
        <>
          <Field label={t('contribution.attachments.attach')} hint={t('contribution.attachments.accepted')}>
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
              {t('contribution.attachments.uploading', { fileName: upload.variables?.name ?? '' })}
            </p>
          ) : null}
          {upload.isError ? (
            <ErrorPanel title={t('contribution.attachments.uploadFailed')} error={upload.error} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
