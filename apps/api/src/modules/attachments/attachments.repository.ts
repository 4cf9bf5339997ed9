import type { Prisma } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { type AttachmentRow, attachmentInclude } from '../contributions/contributions.repository';

type Db = Prisma.TransactionClient;

/** A stored attachment of a contribution, with the assignment it belongs to. */
export interface AttachmentScope {
  id: string;
  assignmentId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

export interface NewAttachment {
  id: string;
  reviewId: string;
  contributionId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedById: string;
}

@Injectable()
export class AttachmentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Up to 30 s: with STORAGE_BACKEND=postgres the upload's bytes (up to UPLOAD_MAX_BYTES) are written in it. */
  transaction<T>(work: (db: Db) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(work, { timeout: 30_000 });
  }

  /** A contribution's attachment that has not been deleted, or null. */
  async findScope(attachmentId: string): Promise<AttachmentScope | null> {
    const row = await this.prisma.client.attachment.findFirst({
      where: { id: attachmentId, deletedAt: null, contributionId: { not: null } },
      select: {
        id: true,
        fileName: true,
        mediaType: true,
        sizeBytes: true,
        sha256: true,
        storageKey: true,
        contribution: { select: { assignmentId: true } },
      },
    });
    if (!row?.contribution) return null;
    const { contribution, ...attachment } = row;
    return { ...attachment, assignmentId: contribution.assignmentId };
  }

  create(db: Db, data: NewAttachment): Promise<AttachmentRow> {
    return db.attachment.create({ data, include: attachmentInclude });
  }

  async softDelete(db: Db, attachmentId: string, at: Date): Promise<boolean> {
    const { count } = await db.attachment.updateMany({
      where: { id: attachmentId, deletedAt: null },
      data: { deletedAt: at },
    });
    return count === 1;
  }
}
