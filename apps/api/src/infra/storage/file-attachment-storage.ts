import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { Tx } from '../prisma/transactions';
import { AttachmentStorage, type StoredFile } from './attachment-storage';

/**
 * Attachment bytes on the local file system under config.storageDir (STORAGE_BACKEND=files), one
 * file per key (`<first two hex digits of the sha256>/<attachment id>`). A file appears whole or
 * not at all: it is written to a temporary name in the same directory and renamed. It cannot join
 * the database transaction: the file is written at once, and removed by the caller if the
 * transaction fails (a crash in between leaves an unreferenced file, never a row without bytes).
 */
@Injectable()
export class FileAttachmentStorage extends AttachmentStorage {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f]{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`Not a storage key: ${key}`);
    return path.join(this.config.storageDir, key);
  }

  async put(_tx: Tx, key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomUUID()}.part`;
    try {
      await writeFile(temporary, bytes, { flag: 'wx' });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** The whole file, or null when it is missing (for the storage migration). */
  async read(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** The stored bytes as a stream, or null when the file is missing. */
  async open(key: string): Promise<StoredFile | null> {
    const file = this.pathOf(key);
    try {
      const info = await stat(file);
      return { stream: createReadStream(file), size: info.size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}
