import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { ContributionsModule } from '../contributions/contributions.module';
import { ReviewStateModule } from '../review-state/review-state.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';
import { UploadErrorsInterceptor } from './upload-errors.interceptor';

@Module({
  imports: [
    ReviewStateModule,
    ContributionsModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      // Memory storage (no `dest`): the bytes are checked before anything is written. One byte over
      // the limit is let through so the service can answer 413 with the file's name.
      useFactory: (config: AppConfig) => ({
        defParamCharset: 'utf8',
        limits: { fileSize: config.uploadMaxBytes + 1, files: 1, fields: 5, parts: 6 },
      }),
    }),
  ],
  controllers: [AttachmentsController],
  providers: [AttachmentsRepository, AttachmentsService, UploadErrorsInterceptor],
})
export class AttachmentsModule {}
