import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';
import type { NumberedAttachmentRow } from './report-attachments';

const questionOf = { select: { code: true, order: true } } as const;

/**
 * The attachments that go with the report, numbered as the answers refer to them ("see Attachment
 * 2"): the live files of accepted contributions and of answers, in question order, then upload order.
 */
@Injectable()
export class NumberedAttachmentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(reviewId: string, db: Tx = this.prisma.client): Promise<NumberedAttachmentRow[]> {
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
      .map((row) => ({
        row,
        question: row.contribution?.assignment.question ?? row.answer?.question ?? null,
      }))
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
}
