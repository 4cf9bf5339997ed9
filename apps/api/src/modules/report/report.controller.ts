import {
  type TCompletenessReport,
  type TReportPreview,
  ZCompletenessReport,
  ZErrorResponse,
  ZReportPreview,
  ZUuid,
} from '@gcm/domain';
import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { contentDisposition } from '../attachments/file-name';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { ReportService } from './report.service';
import { DOCX_MEDIA_TYPE } from './report-docx';
import { ReviewExportService } from './review-export.service';

function download(response: Response, mediaType: string, fileName: string): void {
  response.setHeader('Content-Type', mediaType);
  response.setHeader('Content-Disposition', contentDisposition(fileName));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, no-store');
}

@ApiTags('report')
@Controller('api/reviews/:reviewId')
export class ReportController {
  constructor(
    private readonly report: ReportService,
    private readonly exports: ReviewExportService,
  ) {}

  @Get('completeness')
  @ApiOperation({ summary: 'What still stands between the report and its submission (errors block it)' })
  @ApiResponse({ status: 200, standardSchema: ZCompletenessReport })
  @ApiResponse({ status: 404, description: 'No such review', standardSchema: ZErrorResponse })
  completeness(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
  ): Promise<TCompletenessReport> {
    return this.report.completeness(reviewId, person.id);
  }

  @Get('report/preview')
  @ApiOperation({ summary: "The report's outline and plain text, with the numbered attachments" })
  @ApiResponse({ status: 200, standardSchema: ZReportPreview })
  preview(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
  ): Promise<TReportPreview> {
    return this.report.preview(reviewId, person.id);
  }

  @Get('report.docx')
  @ApiOperation({ summary: 'The report compiled now, as a Word document in the survey’s structure' })
  @ApiProduces(DOCX_MEDIA_TYPE)
  @ApiResponse({
    status: 200,
    description: 'The .docx, as an attachment',
    content: { [DOCX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  })
  async docx(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const compiled = await this.report.docx(reviewId, person.id);
    download(response, DOCX_MEDIA_TYPE, compiled.fileName);
    response.setHeader('Content-Length', String(compiled.bytes.length));
    return new StreamableFile(compiled.bytes);
  }

  @Get('export.json')
  @ApiOperation({
    summary: 'The whole review as JSON: settings, people, questions, contributions, answers, votes, audit',
  })
  @ApiResponse({
    status: 200,
    description: 'The export, as an attachment (coordinator and observer)',
    content: { 'application/json': { schema: { type: 'object' } } },
  })
  @ApiResponse({
    status: 403,
    description: 'Not the coordinator or an observer',
    standardSchema: ZErrorResponse,
  })
  async exportJson(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Record<string, unknown>> {
    const file = await this.exports.json(reviewId, person.id);
    download(response, 'application/json; charset=utf-8', file.fileName);
    return file.content;
  }

  @Get('assignments.csv')
  @ApiOperation({ summary: 'The division of labour as CSV: question, organisation, role, due date, state' })
  @ApiProduces('text/csv')
  @ApiResponse({
    status: 200,
    description: 'RFC 4180 CSV with a header line (coordinator and observer)',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  async assignmentsCsv(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const file = await this.exports.assignmentsCsv(reviewId, person.id);
    download(response, 'text/csv; charset=utf-8; header=present', file.fileName);
    return file.content;
  }
}
