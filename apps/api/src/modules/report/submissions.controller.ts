import {
  type TAmendment,
  type TCreateAmendmentRequest,
  type TCreateSubmissionRequest,
  type TListSubmissionsResponse,
  type TSubmission,
  ZAmendment,
  ZCreateAmendmentRequest,
  ZCreateSubmissionRequest,
  ZListSubmissionsResponse,
  ZSubmission,
  ZSubmissionRefused,
} from '@gcm/domain';
import { Body, Controller, Get, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { AmendmentService } from './amendment.service';
import { DOCX_DOWNLOAD, docxDownload } from './docx-download';
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
  @Documented('Compile the report and send it to ESCAP (coordinator; needs confirm: true)', {
    201: ZSubmission,
    409: {
      description: 'Not ready (the completeness errors), or already submitted without an open amendment',
      schema: ZSubmissionRefused,
    },
  })
  submit(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Body({ schema: ZCreateSubmissionRequest }) body: TCreateSubmissionRequest,
  ): Promise<TSubmission> {
    return this.submissions.submit(reviewId, person.id, body);
  }

  @Get('reviews/:reviewId/submissions')
  @Documented('Versions sent, with the state of their e-mail; defaults for the send form', {
    200: ZListSubmissionsResponse,
  })
  list(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<TListSubmissionsResponse> {
    return this.submissions.list(reviewId, person.id);
  }

  @Get('submissions/:submissionId/document')
  @Documented('The .docx exactly as it was sent', {
    200: DOCX_DOWNLOAD,
    404: 'No such submission',
  })
  @ApiProduces(DOCX_MEDIA_TYPE)
  async document(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('submissionId') submissionId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.submissions.document(submissionId, person.id);
    return docxDownload(response, file);
  }

  @Post('reviews/:reviewId/amendments')
  @Documented('Reopen chosen questions of the submitted report for an amended version', {
    201: ZAmendment,
    409: 'Not submitted, or an amendment is already open',
  })
  openAmendment(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Body({ schema: ZCreateAmendmentRequest }) body: TCreateAmendmentRequest,
  ): Promise<TAmendment> {
    return this.amendments.open(reviewId, person.id, body);
  }
}
