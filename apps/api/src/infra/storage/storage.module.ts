import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AttachmentStorage } from './attachment-storage';
import { FileAttachmentStorage } from './file-attachment-storage';
import { PostgresAttachmentStorage } from './postgres-attachment-storage';
import { S3AttachmentStorage } from './s3-attachment-storage';
import { StorageMigration } from './storage-migration';
import { StoredFilesRepository } from './stored-files.repository';

/**
 * Attachment bytes, for the API and the worker alike: in PostgreSQL, under STORAGE_DIR with
 * STORAGE_BACKEND=files, or in an S3-compatible bucket with STORAGE_BACKEND=s3 (decision 0031).
 * All adapters exist so the storage migration can copy from one to another; the S3 one talks to
 * its bucket only when configured (and then checks it answers at start).
 */
@Global()
@Module({
  providers: [
    StoredFilesRepository,
    FileAttachmentStorage,
    PostgresAttachmentStorage,
    S3AttachmentStorage,
    StorageMigration,
    {
      provide: AttachmentStorage,
      inject: [APP_CONFIG, FileAttachmentStorage, PostgresAttachmentStorage, S3AttachmentStorage],
      useFactory: (
        config: AppConfig,
        files: FileAttachmentStorage,
        postgres: PostgresAttachmentStorage,
        s3: S3AttachmentStorage,
      ) => (config.storageBackend === 'files' ? files : config.storageBackend === 's3' ? s3 : postgres),
    },
  ],
  exports: [AttachmentStorage, StorageMigration],
})
export class StorageModule {}
