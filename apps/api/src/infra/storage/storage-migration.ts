import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { FileAttachmentStorage } from './file-attachment-storage';
import { PostgresAttachmentStorage } from './postgres-attachment-storage';
import { S3AttachmentStorage, type S3Object } from './s3-attachment-storage';
import { StoredFilesRepository } from './stored-files.repository';

/** Where migrate-storage copies to: the configured backend, or PostgreSQL when that is files. */
export type StorageTarget = 'postgres' | 's3';

export interface StorageMigrationReport {
  /** Attachment rows looked at (deleted ones too: their bytes stay for the record). */
  attachments: number;
  target: StorageTarget;
  /** Copied into the target by this run (from STORAGE_DIR; into S3 also from PostgreSQL). */
  copied: number;
  /** In the target already (an earlier run, or uploaded after the switch): left as they are. */
  alreadyStored: number;
  /** Storage keys with no bytes anywhere the migration reads (or, into PostgreSQL, no file). */
  missing: string[];
  /** Storage keys whose file does not match the recorded sha256 or size: not copied. */
  mismatched: string[];
}

export interface OrphanReport {
  /** Objects under the key prefix with no attachment row, old enough to be no upload in flight. */
  orphans: S3Object[];
  /** Objects without a row but younger than the grace period: perhaps an upload not committed yet. */
  recent: number;
  removed: number;
}

const PAGE = 200;

/**
 * Copies every attachment's bytes into the configured backend (`npm run admin -- migrate-storage`):
 * into PostgreSQL from STORAGE_DIR (STORAGE_BACKEND=postgres or files), or into the S3 bucket from
 * STORAGE_DIR or from PostgreSQL (STORAGE_BACKEND=s3). Each file is checked against the sha256 and
 * size recorded at upload, then stored and checked again from what the target gives back (its own
 * transaction in PostgreSQL; a read-back of the object in S3): a run that stops half-way keeps what
 * it copied, and a second run copies only what is left. The sources are not removed.
 */
@Injectable()
export class StorageMigration {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly files: FileAttachmentStorage,
    private readonly postgres: PostgresAttachmentStorage,
    private readonly s3: S3AttachmentStorage,
    private readonly stored: StoredFilesRepository,
  ) {}

  get target(): StorageTarget {
    return this.config.storageBackend === 's3' ? 's3' : 'postgres';
  }

  /** The bytes to copy into S3: the file under STORAGE_DIR, else the pieces in PostgreSQL. */
  private async sourceBytes(storageKey: string): Promise<Buffer | null> {
    if (this.target === 'postgres') return this.files.read(storageKey);
    const file = await this.files.read(storageKey);
    if (file) return file;
    // PostgreSQL's adapter reads its pieces (it would fall back to the file, absent here).
    const stored = await this.postgres.open(storageKey);
    if (!stored) return null;
    const pieces: Buffer[] = [];
    for await (const piece of stored.stream) pieces.push(piece as Buffer);
    return Buffer.concat(pieces);
  }

  async copyIntoConfiguredBackend(
    progress: (line: string) => void = () => {},
  ): Promise<StorageMigrationReport> {
    const target = this.target;
    const report: StorageMigrationReport = {
      target,
      attachments: 0,
      copied: 0,
      alreadyStored: 0,
      missing: [],
      mismatched: [],
    };
    let after: string | null = null;
    for (;;) {
      const page = await this.stored.attachmentsAfter(after, PAGE);
      if (page.length === 0) break;
      after = page[page.length - 1]?.id ?? null;
      const present =
        target === 'postgres'
          ? await this.stored.keysWithChunks(page.map((row) => row.storageKey))
          : new Set<string>();
      for (const row of page) {
        report.attachments++;
        if (present.has(row.storageKey)) {
          report.alreadyStored++;
          continue;
        }
        if (target === 's3') {
          const object = await this.s3.head(row.storageKey);
          if (object && object.size === row.sizeBytes && object.sha256 === row.sha256) {
            report.alreadyStored++;
            continue;
          }
        }
        const bytes = await this.sourceBytes(row.storageKey);
        if (!bytes) {
          report.missing.push(row.storageKey);
          progress(
            `missing: ${row.storageKey} (no file under STORAGE_DIR${target === 's3' ? ' and no bytes in PostgreSQL' : ''})`,
          );
          continue;
        }
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        if (sha256 !== row.sha256 || bytes.length !== row.sizeBytes) {
          report.mismatched.push(row.storageKey);
          progress(
            `not copied: ${row.storageKey} has sha256 ${sha256} and ${bytes.length} bytes; ` +
              `the attachment recorded ${row.sha256} and ${row.sizeBytes}`,
          );
          continue;
        }
        const copied =
          target === 's3'
            ? await this.s3.putVerified(row.storageKey, bytes, row.sha256)
            : await this.postgres.putVerified(row.storageKey, bytes, row.sha256);
        if (copied) report.copied++;
        else report.alreadyStored++;
      }
    }
    return report;
  }

  /**
   * Objects in the bucket that no attachment row refers to (deleted attachments keep their row,
   * so theirs are not among them): what a crash between an upload's PutObject and its commit
   * leaves. Objects younger than `graceMs` are counted apart and never removed, since their upload
   * may still commit. With `remove`, the orphans are deleted.
   */
  async s3Orphans(options: { remove: boolean; graceMs: number; now: Date }): Promise<OrphanReport> {
    const report: OrphanReport = { orphans: [], recent: 0, removed: 0 };
    const cutoff = options.now.getTime() - options.graceMs;
    for await (const page of this.s3.objects()) {
      const known = await this.stored.existingStorageKeys(page.map((object) => object.key));
      for (const object of page) {
        if (known.has(object.key)) continue;
        if (!object.lastModified || object.lastModified.getTime() > cutoff) {
          report.recent++;
          continue;
        }
        report.orphans.push(object);
        if (options.remove) {
          await this.s3.delete(object.key);
          report.removed++;
        }
      }
    }
    return report;
  }
}
