import { Global, Module } from '@nestjs/common';
import { AttachmentStorage } from './attachment-storage';
import { FileAttachmentStorage } from './file-attachment-storage';

/** Attachment bytes, for the API and the worker alike. */
@Global()
@Module({
  providers: [{ provide: AttachmentStorage, useClass: FileAttachmentStorage }],
  exports: [AttachmentStorage],
})
export class StorageModule {}
