import { type TAttachment, ZAttachment } from '@gcm/domain';
import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Documented } from '../../infra/http/endpoint-docs';
import { AcceptsMultipart } from '../../infra/http/request-policy';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { ALLOWED_TYPES } from './attachment-content';
import { AttachmentsService, type UploadedFileLike } from './attachments.service';
import { setDownloadHeaders } from './download-headers';
import { UploadErrorsInterceptor } from './upload-errors.interceptor';

@ApiTags('attachments')
@Controller('api')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('assignments/:assignmentId/attachments')
  @AcceptsMultipart()
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file'))
  @Documented(`Attach a file to the contribution (${ALLOWED_TYPES})`, {
    201: ZAttachment,
    413: 'Larger than the upload limit',
    415: 'Type not allowed or mislabelled',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  upload(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('assignmentId') assignmentId: string,
    @UploadedFile() file: UploadedFileLike | undefined,
  ): Promise<TAttachment> {
    return this.attachments.upload(assignmentId, person.id, file);
  }

  @Get('attachments/:attachmentId/download')
  @Documented('Download an attachment', {
    200: {
      description: 'The file, as an attachment',
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    },
    404: 'No such attachment',
  })
  @ApiProduces('application/octet-stream')
  async download(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('attachmentId') attachmentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.attachments.download(attachmentId, person.id);
    setDownloadHeaders(response, file);
    // An uploaded file is anyone's content: should a browser render it anyway, it runs nothing.
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(file.stream);
  }

  @Delete('attachments/:attachmentId')
  @HttpCode(204)
  @Documented('Remove an attachment while the contribution can be edited', {
    204: 'Removed',
    409: 'The contribution is submitted or accepted',
  })
  remove(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('attachmentId') attachmentId: string,
  ): Promise<void> {
    return this.attachments.remove(attachmentId, person.id);
  }
}
