import {
  type TCompletenessReport,
  type TReportPreview,
  ZCompletenessReport,
  ZReportPreview,
} from '@gcm/domain';
import { Controller, Get, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { setDownloadHeaders } from '../attachments/download-headers';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { DOCX_DOWNLOAD, docxDownload } from './docx-download';
import { ReportService } from './report.service';
import { DOCX_MEDIA_TYPE } from './report-docx';
import { ReviewExportService } from './review-export.service';

@ApiTags('report')
@Controller('api/reviews/:reviewId')
export class ReportController {
  constructor(
    private readonly report: ReportService,
    private readonly exports: ReviewExportService,
  ) {}

  @Get('completeness')
  @Documented('What still stands between the report and its submission (errors block it)', {
    200: ZCompletenessReport,
    404: 'No such review',
  })
  completeness(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<TCompletenessReport> {
    return this.report.completeness(reviewId, person.id);
  }

  @Get('report/preview')
  @Documented("The report's outline and plain text, with the numbered attachments", { 200: ZReportPreview })
  preview(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<TReportPreview> {
    return this.report.preview(reviewId, person.id);
  }

  @Get('report.docx')
  @Documented('The report compiled now, as a Word document in the survey’s structure', {
    200: DOCX_DOWNLOAD,
  })
  @ApiProduces(DOCX_MEDIA_TYPE)
  async docx(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const compiled = await this.report.docx(reviewId, person.id);
    return docxDownload(response, compiled);
  }

  @Get('export.json')
  @Documented('The whole review as JSON: settings, people, questions, contributions, answers, votes, audit', {
    200: {
      description: 'The export, as an attachment (coordinator and observer)',
      content: { 'application/json': { schema: { type: 'object' } } },
    },
    403: 'Not the coordinator or an observer',
  })
  async exportJson(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Record<string, unknown>> {
    const file = await this.exports.json(reviewId, person.id);
    setDownloadHeaders(response, { mediaType: 'application/json; charset=utf-8', fileName: file.fileName });
    return file.content;
  }

  @Get('assignments.csv')
  @Documented('The division of labour as CSV: question, organisation, role, due date, state', {
    200: {
      description: 'RFC 4180 CSV with a header line (coordinator and observer)',
      content: { 'text/csv': { schema: { type: 'string' } } },
    },
  })
  @ApiProduces('text/csv')
  async assignmentsCsv(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const file = await this.exports.assignmentsCsv(reviewId, person.id);
    setDownloadHeaders(response, {
      mediaType: 'text/csv; charset=utf-8; header=present',
      fileName: file.fileName,
    });
    return file.content;
  }
}
