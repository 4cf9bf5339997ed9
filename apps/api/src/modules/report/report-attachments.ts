import type { TNumberedAttachment } from '@gcm/domain';

/** A numbered attachment with where its bytes are stored. */
export interface NumberedAttachmentRow extends TNumberedAttachment {
  storageKey: string;
}

/** What the API shows of a numbered attachment (not where it is stored). */
export function toNumberedAttachment({
  storageKey: _key,
  ...attachment
}: NumberedAttachmentRow): TNumberedAttachment {
  return attachment;
}

/** The attachment's name in the e-mail: "Attachment 2 - answers-2b.pdf". */
export function attachmentMailName(number: number, fileName: string): string {
  return `Attachment ${number} - ${fileName}`;
}
