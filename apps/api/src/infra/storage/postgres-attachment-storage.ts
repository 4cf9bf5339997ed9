import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../prisma/transactions';
import { AttachmentStorage, type StoredFile } from './attachment-storage';
import { FileAttachmentStorage } from './file-attachment-storage';
import { StoredFilesRepository } from './stored-files.repository';

/** The size of a stored piece: a download holds about two pieces in memory at a time. */
export const CHUNK_BYTES = 1024 * 1024;

export function chunksOf(bytes: Buffer, size = CHUNK_BYTES): Buffer[] {
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
  return chunks;
}

/**
 * Attachment bytes in PostgreSQL (STORAGE_BACKEND=postgres, the default), in `stored_file_chunk`:
 * every API and worker process sees them without a shared file system, one `pg_dump` backs them up
 * with the rows that refer to them, and they are written in the transaction that records the
 * attachment, so a crash leaves neither a row without bytes nor bytes without a row.
 *
 * An attachment uploaded before the switch and not yet copied in (`npm run admin --
 * migrate-storage`) is read from its old file under STORAGE_DIR while that is still there, so an
 * upgrade does not stop its downloads; `npm run db -- backup` warns while any such file is left.
 */
@Injectable()
export class PostgresAttachmentStorage extends AttachmentStorage {
  constructor(
    private readonly files: StoredFilesRepository,
    private readonly notYetMigrated: FileAttachmentStorage,
  ) {
    super();
  }

  async put(tx: Tx, key: string, bytes: Buffer): Promise<void> {
    await this.files.insertChunks(tx, key, chunksOf(bytes));
  }

  /**
   * Stores bytes for an attachment row that exists already, in a transaction of its own, and
   * commits only when PostgreSQL's sha256 of what it stored is `sha256`. Used by the storage
   * migration; false when the bytes were there already.
   */
  async putVerified(key: string, bytes: Buffer, sha256: string): Promise<boolean> {
    return this.files.transaction(async (tx) => {
      // Two runs at once copy each file once: the second waits here, then finds the pieces.
      await this.files.lockAttachment(tx, key);
      if ((await this.files.sha256Of(tx, key)) !== null) return false;
      await this.files.insertChunks(tx, key, chunksOf(bytes));
      const stored = await this.files.sha256Of(tx, key);
      if (stored !== sha256) throw new Error(`The stored bytes of ${key} hash to ${stored}, not ${sha256}`);
      return true;
    });
  }

  async remove(key: string): Promise<void> {
    await this.files.deleteChunks(key);
  }

  /**
   * A stream that reads one piece per query, so a 20 MiB download never sits whole in memory; the
   * old file when nothing is stored in PostgreSQL (see above), or null.
   */
  async open(key: string): Promise<StoredFile | null> {
    const { chunks, size } = await this.files.sizeOf(key);
    if (chunks === 0) return this.notYetMigrated.open(key);
    const files = this.files;
    async function* pieces(): AsyncGenerator<Buffer> {
      for (let seq = 0; seq < chunks; seq++) {
        const piece = await files.chunk(key, seq);
        if (!piece) throw new Error(`Piece ${seq} of ${key} is missing`);
        yield piece;
      }
    }
    return { stream: Readable.from(pieces(), { objectMode: false, highWaterMark: 1 }), size };
  }
}
