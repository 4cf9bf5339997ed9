import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import type { Tx } from '../prisma/transactions';

/** An attachment row as the storage migration reads it. */
export interface StoredAttachment {
  id: string;
  storageKey: string;
  sha256: string;
  sizeBytes: number;
}

/** Attachment bytes in `stored_file_chunk`: pieces of at most 1 MiB, numbered from 0. */
@Injectable()
export class StoredFilesRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(work, { timeout: 60_000 });
  }

  async insertChunks(tx: Tx, storageKey: string, chunks: Buffer[]): Promise<void> {
    // One statement per piece keeps each bind message at most 1 MiB. A raw insert: Prisma's create
    // takes about three times as long per MiB of bytea (measured on this project's machine).
    for (const [seq, data] of chunks.entries()) {
      await tx.$executeRaw`insert into stored_file_chunk (storage_key, seq, data) values (${storageKey}, ${seq}, ${data})`;
    }
  }

  /** Locks the attachment row of `storageKey` until `tx` ends. */
  async lockAttachment(tx: Tx, storageKey: string): Promise<void> {
    await tx.$queryRaw`select id from attachment where storage_key = ${storageKey} for update`;
  }

  async deleteChunks(storageKey: string): Promise<void> {
    await this.prisma.client.storedFileChunk.deleteMany({ where: { storageKey } });
  }

  /** The number of pieces and their total size; size 0 when nothing is stored under the key. */
  async sizeOf(storageKey: string): Promise<{ chunks: number; size: number }> {
    const [row] = await this.prisma.client.$queryRaw<{ chunks: number; size: bigint | null }[]>`
      select count(*)::int as chunks, sum(octet_length(data))::bigint as size
      from stored_file_chunk where storage_key = ${storageKey}`;
    return { chunks: row?.chunks ?? 0, size: Number(row?.size ?? 0) };
  }

  /** One piece, or null when it is not (or no longer) there. Raw, as the insert, for speed. */
  async chunk(storageKey: string, seq: number): Promise<Buffer | null> {
    const [row] = await this.prisma.client.$queryRaw<{ data: Uint8Array }[]>`
      select data from stored_file_chunk where storage_key = ${storageKey} and seq = ${seq}`;
    return row ? Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength) : null;
  }

  /** The sha256 (hex) of what is stored under the key, computed by PostgreSQL, in `tx`. */
  async sha256Of(tx: Tx, storageKey: string): Promise<string | null> {
    const [row] = await tx.$queryRaw<{ sha256: string | null }[]>`
      select encode(sha256(string_agg(data, ''::bytea order by seq)), 'hex') as sha256
      from stored_file_chunk where storage_key = ${storageKey}`;
    return row?.sha256 ?? null;
  }

  /** Every attachment, deleted ones too (their bytes stay for the record), in a stable order. */
  attachmentsAfter(afterId: string | null, take: number): Promise<StoredAttachment[]> {
    return this.prisma.client.attachment.findMany({
      where: afterId ? { id: { gt: afterId } } : {},
      orderBy: { id: 'asc' },
      take,
      select: { id: true, storageKey: true, sha256: true, sizeBytes: true },
    });
  }

  /** Which of these storage keys already have bytes in PostgreSQL. */
  async keysWithChunks(storageKeys: string[]): Promise<Set<string>> {
    const rows = await this.prisma.client.storedFileChunk.findMany({
      where: { storageKey: { in: storageKeys }, seq: 0 },
      select: { storageKey: true },
    });
    return new Set(rows.map((row) => row.storageKey));
  }

  /** Which of these storage keys belong to an attachment row (deleted ones too). */
  async existingStorageKeys(storageKeys: string[]): Promise<Set<string>> {
    if (storageKeys.length === 0) return new Set();
    const rows = await this.prisma.client.attachment.findMany({
      where: { storageKey: { in: storageKeys } },
      select: { storageKey: true },
    });
    return new Set(rows.map((row) => row.storageKey));
  }
}
