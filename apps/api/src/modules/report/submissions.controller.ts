import {
  type TAmendment,
  type TCreateAmendmentRequest,
  type TCreateSubmissionRequest,
  type TListSubmissionsResponse,
  type TSubmission,
  ZAmendment,
  ZCreateAmendmentRequest,
  ZCreateSubmissionRequest,
  ZErrorResponse,
  ZListSubmissionsResponse,
  ZSubmission,
  ZSubmissionRefused,
  ZUuid,
} from '@gcm/domain';
import { Body, Controller, Get, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { contentDisposition } from '../attachments/file-name';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { AmendmentService } from './amendment.service';
import { DOCX_MEDIA_TYPE } from './report-docx';
import { SubmissionService } from './submission.service';

@ApiTags('report')
@Controller('api')
export class SubmissionsController {
  constructor(
    private readonly submissions: SubmissionService,
    private readonly amendments: AmendmentService,
  ) {}

  @Post('reviews/:reviewId/submissions')
  @ApiOperation({ summary: 'Compile the report and send it to ESCAP (coordinator; needs confirm: true)' })
  @ApiResponse({ status: 201, standardSchema: ZSubmission })
  @ApiResponse({
    status: 409,
    description: 'Not ready (the completeness errors), or already submitted without an open amendment',
    standardSchema: ZSubmissionRefused,
  })
  submit(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Body({ schema: ZCreateSubmissionRequest }) body: TCreateSubmissionRequest,
  ): Promise<TSubmission> {
    return this.submissions.submit(reviewId, person.id, body);
  }

  @Get('reviews/:reviewId/submissions')
  @ApiOperation({ summary: 'Versions sent, with the state of their e-mail; defaults for the send form' })
  @ApiResponse({ status: 200, standardSchema: ZListSubmissionsResponse })
  list(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
  ): Promise<TListSubmissionsResponse> {
    return this.submissions.list(reviewId, person.id);
  }

  @Get('submissions/:submissionId/document')
  @ApiOperation({ summary: 'The .docx exactly as it was sent' })
  @ApiProduces(DOCX_MEDIA_TYPE)
  @ApiResponse({
    status: 200,
    description: 'The .docx, as an attachment',
    content: { [DOCX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiResponse({ status: 404, description: 'No such submission', standardSchema: ZErrorResponse })
  async document(
    @CurrentPerson() person: AuthPerson,
    @Param('submissionId', { schema: ZUuid }) submissionId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.submissions.document(submissionId, person.id);
    response.setHeader('Content-Type', DOCX_MEDIA_TYPE);
    response.setHeader('Content-Length', String(file.bytes.length));
    response.setHeader('Content-Disposition', contentDisposition(file.fileName));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(file.bytes);
  }

  @Post('reviews/:reviewId/amendments')
  @ApiOperation({ summary: 'Reopen chosen questions of the submitted report for an amended version' })
  @ApiResponse({ status: 201, standardSchema: ZAmendment })
  @ApiResponse({
    status: 409,
    description: 'Not submitted, or an amendment is already open',
    standardSchema: ZErrorResponse,
  })
  openAmendment(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Body({ schema: ZCreateAmendmentRequest }) body: TCreateAmendmentRequest,
  ): Promise<TAmendment> {
    return this.amendments.open(reviewId, person.id, body);
  }
}
