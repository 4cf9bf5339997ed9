import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { AppError } from '@gcm/domain';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type S3StorageConfig } from '../../config/config';
import type { Tx } from '../prisma/transactions';
import { AttachmentStorage, type StoredFile } from './attachment-storage';

/** What an upload or download answers while the bucket cannot be reached. */
export const S3_UNAVAILABLE_UPLOAD =
  'The attachment store does not answer; the file was not saved. Try again in a few minutes.';
export const S3_UNAVAILABLE_DOWNLOAD =
  'The attachment store does not answer; the file cannot be downloaded now. Try again in a few minutes.';

/** An object in the bucket under the key prefix, as the orphan check lists it. */
export interface S3Object {
  key: string;
  size: number;
  lastModified: Date | null;
}

function statusOf(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
}

/** A system error's code (ECONNREFUSED, ENOTFOUND…) on the error or the errors it wraps. */
function networkCodeOf(error: unknown): string | null {
  for (let at = error, depth = 0; at && typeof at === 'object' && depth < 5; depth++) {
    const { code, cause, errors } = at as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
    at = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  const match = error instanceof Error ? /\b(E[A-Z]{3,}[A-Z_]*)\b/.exec(error.message) : null;
  return match?.[1] ?? null;
}

/** Why a bucket did not answer HeadBucket, in words an operator can act on. */
export function describeBucketProblem(s3: S3StorageConfig, error: unknown): string {
  const where = `bucket "${s3.bucket}" at ${s3.endpoint ?? `AWS S3 (${s3.region})`}`;
  const status = statusOf(error);
  if (status === 404) return `The ${where} does not exist: create it, or correct S3_BUCKET`;
  if (status === 403 || status === 401) {
    return `The ${where} refuses these credentials (HTTP ${status}): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, and that they may read and write the bucket`;
  }
  if (status === 301 || status === 400) {
    return `The ${where} answered HTTP ${status}: check S3_REGION, S3_ENDPOINT and S3_FORCE_PATH_STYLE`;
  }
  const reason = networkCodeOf(error) ?? (error instanceof Error ? error.message : String(error));
  return status
    ? `The ${where} answered HTTP ${status} (${reason})`
    : `The ${where} cannot be reached (${reason}): check S3_ENDPOINT and that the server is running`;
}

/**
 * Attachment bytes as objects in an S3-compatible bucket (STORAGE_BACKEND=s3), one object per
 * storage key under S3_KEY_PREFIX. Every API and worker process sees them without a shared file
 * system; the bucket is backed up apart from PostgreSQL (docs/operations.md).
 *
 * An object cannot join the database transaction. `put` writes it (PutObject: an object appears
 * whole or not at all) inside the upload's transaction callback, so before the row commits; when
 * the transaction fails the caller calls `remove`. A crash between the two leaves an object no
 * row refers to, never a row without its object: `npm run admin -- storage-orphans` lists such
 * objects and removes them with `--delete`.
 *
 * At start (when it is the configured backend) the bucket must answer HeadBucket, so a wrong
 * endpoint, bucket or key stops the process with a clear message rather than failing uploads later.
 */
@Injectable()
export class S3AttachmentStorage extends AttachmentStorage implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('S3AttachmentStorage');
  private readonly client: S3Client | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
    const s3 = config.s3;
    this.client = s3
      ? new S3Client({
          region: s3.region,
          ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
          forcePathStyle: s3.forcePathStyle,
          ...(s3.credentials ? { credentials: s3.credentials } : {}),
          // Self-hosted S3 servers differ in the newer checksum headers; the sha256 is ours (metadata).
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
          maxAttempts: 3,
          // A server that is down is refused within seconds; an idle socket after 30 s.
          requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
        })
      : null;
  }

  private get s3(): { client: S3Client; settings: S3StorageConfig } {
    if (!this.client || !this.config.s3) {
      throw new Error('The S3 attachment store is not configured (STORAGE_BACKEND=s3 and S3_BUCKET)');
    }
    return { client: this.client, settings: this.config.s3 };
  }

  private objectKey(key: string): string {
    if (!/^[0-9a-f]{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`Not a storage key: ${key}`);
    return `${this.s3.settings.keyPrefix}${key}`;
  }

  async onModuleInit(): Promise<void> {
    if (this.config.storageBackend === 's3') await this.checkBucket();
  }

  onModuleDestroy(): void {
    this.client?.destroy();
  }

  /** Throws an Error saying what to fix when the bucket does not answer HeadBucket. */
  async checkBucket(): Promise<void> {
    const { client, settings } = this.s3;
    try {
      await client.send(new HeadBucketCommand({ Bucket: settings.bucket }));
    } catch (error) {
      throw new Error(`STORAGE_BACKEND=s3: ${describeBucketProblem(settings, error)}`, { cause: error });
    }
  }

  /** Writes the object at once, outside any transaction (see above). */
  async put(_tx: Tx, key: string, bytes: Buffer): Promise<void> {
    await this.write(key, bytes);
  }

  private async write(key: string, bytes: Buffer): Promise<void> {
    const { client, settings } = this.s3;
    try {
      await client.send(
        new PutObjectCommand({
          Bucket: settings.bucket,
          Key: this.objectKey(key),
          Body: bytes,
          ContentLength: bytes.length,
          ContentType: 'application/octet-stream',
          Metadata: { sha256: createHash('sha256').update(bytes).digest('hex') },
        }),
      );
    } catch (error) {
      this.logger.error({ err: error, key }, `PutObject of ${key} failed`);
      throw new AppError('UNAVAILABLE', S3_UNAVAILABLE_UPLOAD);
    }
  }

  /**
   * Removes the object of a failed upload. A failure here is logged, not thrown: the caller is
   * already reporting why the upload failed, and the object left is an orphan for storage-orphans.
   */
  async remove(key: string): Promise<void> {
    try {
      await this.delete(key);
    } catch (error) {
      this.logger.warn(
        { err: error, key },
        `The object of ${key} could not be removed after a failed upload; npm run admin -- storage-orphans lists it`,
      );
    }
  }

  /** Deletes the object under `key` (nothing when there is none); throws when the store fails. */
  async delete(key: string): Promise<void> {
    const { client, settings } = this.s3;
    await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: this.objectKey(key) }));
  }

  /** The object as a stream straight from the S3 response (never buffered whole), or null. */
  async open(key: string): Promise<StoredFile | null> {
    const { client, settings } = this.s3;
    try {
      const object = await client.send(
        new GetObjectCommand({ Bucket: settings.bucket, Key: this.objectKey(key) }),
      );
      if (!(object.Body instanceof Readable)) throw new Error('GetObject gave no Node.js stream');
      return { stream: object.Body, size: object.ContentLength ?? 0 };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      this.logger.error({ err: error, key }, `GetObject of ${key} failed`);
      throw new AppError('UNAVAILABLE', S3_UNAVAILABLE_DOWNLOAD);
    }
  }

  /** The size and recorded sha256 of the object under `key`, or null when there is none. */
  async head(key: string): Promise<{ size: number; sha256: string | null } | null> {
    const { client, settings } = this.s3;
    try {
      const head = await client.send(
        new HeadObjectCommand({ Bucket: settings.bucket, Key: this.objectKey(key) }),
      );
      return { size: head.ContentLength ?? 0, sha256: head.Metadata?.sha256 ?? null };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  /** The sha256 (hex) of the object's bytes as the store gives them back, read as a stream. */
  async sha256Of(key: string): Promise<string | null> {
    const stored = await this.open(key);
    if (!stored) return null;
    const hash = createHash('sha256');
    for await (const piece of stored.stream) hash.update(piece as Buffer);
    return hash.digest('hex');
  }

  /**
   * Stores bytes for an attachment row that exists already (the storage migration), and keeps them
   * only when the store gives back bytes whose sha256 is `sha256`; false when an object with that
   * size and sha256 was there already.
   */
  async putVerified(key: string, bytes: Buffer, sha256: string): Promise<boolean> {
    const present = await this.head(key);
    if (present && present.size === bytes.length && present.sha256 === sha256) return false;
    await this.write(key, bytes);
    const stored = await this.sha256Of(key);
    if (stored !== sha256) {
      await this.delete(key);
      throw new Error(`The stored object of ${key} hashes to ${stored}, not ${sha256}; it was removed`);
    }
    return true;
  }

  /** Every object under the key prefix that has the shape of a storage key, page by page. */
  async *objects(): AsyncGenerator<S3Object[]> {
    const { client, settings } = this.s3;
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({
          Bucket: settings.bucket,
          Prefix: settings.keyPrefix || undefined,
          ContinuationToken: token,
        }),
      );
      yield (page.Contents ?? [])
        .map((object) => ({
          key: (object.Key ?? '').slice(settings.keyPrefix.length),
          size: object.Size ?? 0,
          lastModified: object.LastModified ?? null,
        }))
        .filter((object) => /^[0-9a-f]{2}\/[0-9a-f-]{36}$/.test(object.key));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}
