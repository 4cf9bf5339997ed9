import type { Readable } from 'node:stream';

export interface StoredFile {
  stream: Readable;
  size: number;
}

/**
 * The port for attachment bytes: where they live is the adapter's business (the local file system
 * today, see FileAttachmentStorage). Keys are `<first two hex digits of the sha256>/<attachment id>`.
 */
export abstract class AttachmentStorage {
  static keyOf(sha256: string, attachmentId: string): string {
    return `${sha256.slice(0, 2)}/${attachmentId}`;
  }

  /** Stores the bytes under `key`; a file appears whole or not at all. */
  abstract put(key: string, bytes: Buffer): Promise<void>;

  abstract remove(key: string): Promise<void>;

  /** The stored bytes as a stream, or null when there is nothing under `key`. */
  abstract open(key: string): Promise<StoredFile | null>;
}
