import { type TAttachment, ZAttachment, ZErrorResponse, ZUuid } from '@gcm/domain';
import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AcceptsMultipart } from '../../infra/http/request-policy';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { ALLOWED_TYPES } from './attachment-content';
import { AttachmentsService, type UploadedFileLike } from './attachments.service';
import { contentDisposition } from './file-name';
import { UploadErrorsInterceptor } from './upload-errors.interceptor';

@ApiTags('attachments')
@Controller('api')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('assignments/:assignmentId/attachments')
  @AcceptsMultipart()
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file'))
  @ApiOperation({ summary: `Attach a file to the contribution (${ALLOWED_TYPES})` })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiResponse({ status: 201, standardSchema: ZAttachment })
  @ApiResponse({ status: 413, description: 'Larger than the upload limit', standardSchema: ZErrorResponse })
  @ApiResponse({
    status: 415,
    description: 'Type not allowed or mislabelled',
    standardSchema: ZErrorResponse,
  })
  upload(
    @CurrentPerson() person: AuthPerson,
    @Param('assignmentId', { schema: ZUuid }) assignmentId: string,
    @UploadedFile() file: UploadedFileLike | undefined,
  ): Promise<TAttachment> {
    return this.attachments.upload(assignmentId, person.id, file);
  }

  @Get('attachments/:attachmentId/download')
  @ApiOperation({ summary: 'Download an attachment' })
  @ApiProduces('application/octet-stream')
  @ApiResponse({
    status: 200,
    description: 'The file, as an attachment',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiResponse({ status: 404, description: 'No such attachment', standardSchema: ZErrorResponse })
  async download(
    @CurrentPerson() person: AuthPerson,
    @Param('attachmentId', { schema: ZUuid }) attachmentId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.attachments.download(attachmentId, person.id);
    response.setHeader('Content-Type', file.mediaType);
    response.setHeader('Content-Length', String(file.size));
    response.setHeader('Content-Disposition', contentDisposition(file.fileName));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(file.stream);
  }

  @Delete('attachments/:attachmentId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an attachment while the contribution can be edited' })
  @ApiResponse({ status: 204, description: 'Removed' })
  @ApiResponse({
    status: 409,
    description: 'The contribution is submitted or accepted',
    standardSchema: ZErrorResponse,
  })
  remove(
    @CurrentPerson() person: AuthPerson,
    @Param('attachmentId', { schema: ZUuid }) attachmentId: string,
  ): Promise<void> {
    return this.attachments.remove(attachmentId, person.id);
  }
}
