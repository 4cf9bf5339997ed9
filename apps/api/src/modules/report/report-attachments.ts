import type { Prisma } from '@gcm/db';
import type { TNumberedAttachment } from '@gcm/domain';

type Db = Prisma.TransactionClient;

/** A numbered attachment with where its bytes are stored. */
export interface NumberedAttachmentRow extends TNumberedAttachment {
  storageKey: string;
}

const questionOf = { select: { code: true, order: true } } as const;

/**
 * The attachments that go with the report, numbered as the answers refer to them ("see Attachment
 * 2"): the live files of accepted contributions and of answers, in question order, then upload order.
 */
export async function numberedAttachments(db: Db, reviewId: string): Promise<NumberedAttachmentRow[]> {
  const rows = await db.attachment.findMany({
    where: {
      reviewId,
      deletedAt: null,
      OR: [{ contribution: { assignment: { state: 'accepted' } } }, { answerId: { not: null } }],
    },
    select: {
      id: true,
      fileName: true,
      mediaType: true,
      sizeBytes: true,
      storageKey: true,
      createdAt: true,
      contribution: { select: { assignment: { select: { question: questionOf } } } },
      answer: { select: { question: questionOf } },
    },
  });
  return rows
    .map((row) => ({ row, question: row.contribution?.assignment.question ?? row.answer?.question ?? null }))
    .sort(
      (a, b) =>
        (a.question?.order ?? Number.MAX_SAFE_INTEGER) - (b.question?.order ?? Number.MAX_SAFE_INTEGER) ||
        a.row.createdAt.getTime() - b.row.createdAt.getTime() ||
        a.row.id.localeCompare(b.row.id),
    )
    .map(({ row, question }, index) => ({
      id: row.id,
      number: index + 1,
      fileName: row.fileName,
      questionCode: question?.code ?? null,
      description: question ? `Answers to question ${question.code}` : '',
      mediaType: row.mediaType,
      sizeBytes: row.sizeBytes,
      storageKey: row.storageKey,
    }));
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
