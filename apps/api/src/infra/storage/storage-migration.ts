import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { FileAttachmentStorage } from './file-attachment-storage';
import { PostgresAttachmentStorage } from './postgres-attachment-storage';
import { StoredFilesRepository } from './stored-files.repository';

export interface StorageMigrationReport {
  /** Attachment rows looked at (deleted ones too: their bytes stay for the record). */
  attachments: number;
  /** Copied from STORAGE_DIR into PostgreSQL by this run. */
  copied: number;
  /** In PostgreSQL already (an earlier run, or uploaded after the switch): left as they are. */
  alreadyStored: number;
  /** Storage keys with no file under STORAGE_DIR and no bytes in PostgreSQL. */
  missing: string[];
  /** Storage keys whose file does not match the recorded sha256 or size: not copied. */
  mismatched: string[];
}

const PAGE = 200;

/**
 * Copies every attachment's file from STORAGE_DIR into PostgreSQL (`npm run admin --
 * migrate-storage`). Each file is checked against the sha256 and size recorded at upload, then
 * stored and checked again by PostgreSQL in a transaction of its own: a run that stops half-way
 * keeps what it copied, and a second run copies only what is left. The files are not removed.
 */
@Injectable()
export class StorageMigration {
  constructor(
    private readonly files: FileAttachmentStorage,
    private readonly postgres: PostgresAttachmentStorage,
    private readonly stored: StoredFilesRepository,
  ) {}

  async copyFilesToPostgres(progress: (line: string) => void = () => {}): Promise<StorageMigrationReport> {
    const report: StorageMigrationReport = {
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
      const present = await this.stored.keysWithChunks(page.map((row) => row.storageKey));
      for (const row of page) {
        report.attachments++;
        if (present.has(row.storageKey)) {
          report.alreadyStored++;
          continue;
        }
        const bytes = await this.files.read(row.storageKey);
        if (!bytes) {
          report.missing.push(row.storageKey);
          progress(`missing: ${row.storageKey} (no file under STORAGE_DIR)`);
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
        if (await this.postgres.putVerified(row.storageKey, bytes, row.sha256)) report.copied++;
        else report.alreadyStored++;
      }
    }
    return report;
  }
}
