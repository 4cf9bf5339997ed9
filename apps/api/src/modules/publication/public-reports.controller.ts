import { type TPublicReport, type TPublicReportIndex, ZPublicReport, ZPublicReportIndex } from '@gcm/domain';
import { Controller, Get, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { Public } from '../auth/auth.decorators';
import { DOCX_DOWNLOAD, docxDownload } from '../report/docx-download';
import { DOCX_MEDIA_TYPE } from '../report/report-docx';
import { PublicReportsService } from './public-reports.service';

/**
 * Shared caches may keep a public answer a minute: a withdrawn consent is gone from this server at
 * once and from any cache within that minute (docs/decisions/0019-public-reports.md). Set only on
 * success (never with @Header, which Nest applies before the handler runs, so to errors too): a 404
 * must not be kept, or a report published a moment later would stay hidden.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';

@ApiTags('public reports')
@Public()
@Controller('api/public/reports')
export class PublicReportsController {
  constructor(private readonly reports: PublicReportsService) {}

  @Get()
  @Documented('Reports sent with the State’s consent to publish, the latest first (no sign-in)', {
    200: ZPublicReportIndex,
  })
  async index(@Res({ passthrough: true }) response: Response): Promise<TPublicReportIndex> {
    const index = await this.reports.index();
    response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
    return index;
  }

  @Get(':reviewId')
  @Documented('A published report: its final answers in the questionnaire’s structure (no sign-in)', {
    200: ZPublicReport,
    404: 'No such review, or its report is not published',
  })
  async report(
    @UuidParam('reviewId') reviewId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TPublicReport> {
    const report = await this.reports.report(reviewId);
    response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
    return report;
  }

  @Get(':reviewId/document')
  @Documented('The published report’s .docx exactly as it was sent (no sign-in)', {
    200: DOCX_DOWNLOAD,
    404: 'No such review, or its report is not published',
  })
  @ApiProduces(DOCX_MEDIA_TYPE)
  async document(
    @UuidParam('reviewId') reviewId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.reports.document(reviewId);
    const download = docxDownload(response, file);
    response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
    return download;
  }
}
