import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { AppError, assertTransition, type TAttachment } from '@gcm/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import { AttachmentStorage } from '../../infra/storage/attachment-storage';
import { AssignmentsRepository } from '../assignments/assignments.repository';
import { AuditService } from '../audit/audit.service';
import { toAttachment } from '../contributions/contribution.mapper';
import { ContributionAccessService } from '../contributions/contribution-access.service';
import { ContributionsRepository } from '../contributions/contributions.repository';
import { ReviewWritability } from '../review-state/review-writability';
import { identifyContent } from './attachment-content';
import { AttachmentsRepository } from './attachments.repository';
import { sanitizeFileName } from './file-name';
import { formatSize } from './upload-limit';

/** The part of an uploaded file the service reads (multer's memory storage). */
export interface UploadedFileLike {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export interface AttachmentDownload {
  fileName: string;
  mediaType: string;
  size: number;
  stream: Readable;
}

const NO_ATTACHMENT = 'There is no attachment with this id';

/** Files attached to a contribution: checked by content, stored with their row, soft-deleted. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly attachments: AttachmentsRepository,
    private readonly contributions: ContributionsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly guard: ContributionAccessService,
    private readonly storage: AttachmentStorage,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(
    assignmentId: string,
    personId: string,
    file: UploadedFileLike | undefined,
  ): Promise<TAttachment> {
    const { access, assignment } = await this.guard.forAssignment(
      assignmentId,
      personId,
      'edit',
      'attach files to this contribution',
    );
    if (!file) {
      throw new AppError('VALIDATION', 'Attach a file in the multipart form field "file"', {
        fieldErrors: [{ path: 'file', message: 'is required' }],
      });
    }
    const fileName = sanitizeFileName(file.originalname);
    if (file.size === 0 || file.buffer.length === 0) {
      throw new AppError('VALIDATION', `The file "${fileName}" is empty`, {
        fieldErrors: [{ path: 'file', message: 'is empty' }],
      });
    }
    if (file.size > this.config.uploadMaxBytes) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `The file "${fileName}" is larger than the upload limit of ${formatSize(this.config.uploadMaxBytes)}`,
      );
    }
    const mediaType = await identifyContent(file.buffer, fileName, file.mimetype);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const id = randomUUID();
    const storageKey = AttachmentStorage.keyOf(sha256, id);
    try {
      const row = await this.attachments.transaction(async (db) => {
        await this.writability.assertWritable(db, assignment.reviewId, { id: assignment.questionId });
        const locked = await this.assignments.lock(db, assignmentId);
        if (!locked) throw new AppError('NOT_FOUND', 'There is no assignment with this id');
        assertTransition(locked.state, 'save', access.role);
        const contributionId = await this.contributions.ensure(db, assignmentId);
        const created = await this.attachments.create(db, {
          id,
          reviewId: assignment.reviewId,
          contributionId,
          fileName,
          mediaType,
          sizeBytes: file.buffer.length,
          sha256,
          storageKey,
          uploadedById: personId,
        });
        // In this transaction when the bytes go to PostgreSQL: the row and its bytes, or neither.
        await this.storage.put(db, storageKey, file.buffer);
        await this.audit.record(db, {
          reviewId: assignment.reviewId,
          actorId: personId,
          action: 'attachment.uploaded',
          targetType: 'attachment',
          targetId: id,
          questionId: assignment.questionId,
          after: { fileName, mediaType, sizeBytes: file.buffer.length, sha256, assignmentId },
        });
        return created;
      });
      return toAttachment(row);
    } catch (error) {
      // What a storage outside the transaction (files) wrote already; nothing in PostgreSQL's case.
      await this.storage.remove(storageKey);
      throw error;
    }
  }

  async download(attachmentId: string, personId: string): Promise<AttachmentDownload> {
    const attachment = await this.attachments.findScope(attachmentId);
    if (!attachment) throw new AppError('NOT_FOUND', NO_ATTACHMENT);
    await this.guard.forAssignment(
      attachment.assignmentId,
      personId,
      'read',
      'download this attachment',
      NO_ATTACHMENT,
    );
    const stored = await this.storage.open(attachment.storageKey);
    if (!stored) {
      throw new AppError(
        'INTERNAL',
        `The stored file of "${attachment.fileName}" is missing; it has to be restored from the backup`,
      );
    }
    return {
      fileName: attachment.fileName,
      mediaType: attachment.mediaType,
      size: stored.size,
      stream: stored.stream,
    };
  }

  /** Marks the attachment deleted while the contribution can be edited; the bytes stay for the record. */
  async remove(attachmentId: string, personId: string): Promise<void> {
    const attachment = await this.attachments.findScope(attachmentId);
    if (!attachment) throw new AppError('NOT_FOUND', NO_ATTACHMENT);
    const { access, assignment } = await this.guard.forAssignment(
      attachment.assignmentId,
      personId,
      'edit',
      'remove attachments from this contribution',
      NO_ATTACHMENT,
    );
    await this.attachments.transaction(async (db) => {
      await this.writability.assertWritable(db, assignment.reviewId, { id: assignment.questionId });
      const locked = await this.assignments.lock(db, attachment.assignmentId);
      if (!locked) throw new AppError('NOT_FOUND', NO_ATTACHMENT);
      assertTransition(locked.state, 'save', access.role);
      const removed = await this.attachments.softDelete(db, attachmentId, this.clock.now());
      if (!removed) throw new AppError('NOT_FOUND', NO_ATTACHMENT);
      await this.audit.record(db, {
        reviewId: assignment.reviewId,
        actorId: personId,
        action: 'attachment.deleted',
        targetType: 'attachment',
        targetId: attachmentId,
        questionId: assignment.questionId,
        before: {
          fileName: attachment.fileName,
          mediaType: attachment.mediaType,
          sizeBytes: attachment.sizeBytes,
          sha256: attachment.sha256,
        },
      });
    });
  }
}
