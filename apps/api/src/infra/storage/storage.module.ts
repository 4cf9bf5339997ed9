import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AttachmentStorage } from './attachment-storage';
import { FileAttachmentStorage } from './file-attachment-storage';
import { PostgresAttachmentStorage } from './postgres-attachment-storage';
import { StorageMigration } from './storage-migration';
import { StoredFilesRepository } from './stored-files.repository';

/**
 * Attachment bytes, for the API and the worker alike: in PostgreSQL, or under STORAGE_DIR with
 * STORAGE_BACKEND=files (decision 0031). Both adapters exist so the storage migration can copy
 * from one to the other.
 */
@Global()
@Module({
  providers: [
    StoredFilesRepository,
    FileAttachmentStorage,
    PostgresAttachmentStorage,
    StorageMigration,
    {
      provide: AttachmentStorage,
      inject: [APP_CONFIG, FileAttachmentStorage, PostgresAttachmentStorage],
      useFactory: (config: AppConfig, files: FileAttachmentStorage, postgres: PostgresAttachmentStorage) =>
        config.storageBackend === 'files' ? files : postgres,
    },
  ],
  exports: [AttachmentStorage, StorageMigration],
})
export class StorageModule {}
