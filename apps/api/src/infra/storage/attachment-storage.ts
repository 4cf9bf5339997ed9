import type { Readable } from 'node:stream';
import type { Tx } from '../prisma/transactions';

export interface StoredFile {
  stream: Readable;
  size: number;
}

/**
 * The port for attachment bytes: where they live is the adapter's business (PostgreSQL by default,
 * see PostgresAttachmentStorage; the local file system with STORAGE_BACKEND=files, see
 * FileAttachmentStorage). Keys are `<first two hex digits of the sha256>/<attachment id>`, the
 * attachment row's `storage_key`.
 */
export abstract class AttachmentStorage {
  static keyOf(sha256: string, attachmentId: string): string {
    return `${sha256.slice(0, 2)}/${attachmentId}`;
  }

  /**
   * Stores the bytes under `key`, in the transaction `tx` that records the attachment row (already
   * written in it) when the adapter can: then the bytes and the row are committed together or not
   * at all. An adapter outside the database writes at once and whole or not at all; the caller
   * removes the bytes when its transaction fails.
   */
  abstract put(tx: Tx, key: string, bytes: Buffer): Promise<void>;

  /** Removes what `put` left when the caller's transaction failed (nothing when it was in it). */
  abstract remove(key: string): Promise<void>;

  /** The stored bytes as a stream, or null when there is nothing under `key`. */
  abstract open(key: string): Promise<StoredFile | null>;
}
