import { type TPublicReport, type TPublicReportIndex, ZPublicReport, ZPublicReportIndex } from '@gcm/domain';
import { Controller, Get, Header, Res, StreamableFile } from '@nestjs/common';
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
 * once and from any cache within that minute (docs/decisions/0019-public-reports.md).
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60';

@ApiTags('public reports')
@Public()
@Controller('api/public/reports')
export class PublicReportsController {
  constructor(private readonly reports: PublicReportsService) {}

  @Get()
  @Header('Cache-Control', PUBLIC_CACHE_CONTROL)
  @Documented('Reports sent with the State’s consent to publish, the latest first (no sign-in)', {
    200: ZPublicReportIndex,
  })
  index(): Promise<TPublicReportIndex> {
    return this.reports.index();
  }

  @Get(':reviewId')
  @Header('Cache-Control', PUBLIC_CACHE_CONTROL)
  @Documented('A published report: its final answers in the questionnaire’s structure (no sign-in)', {
    200: ZPublicReport,
    404: 'No such review, or its report is not published',
  })
  report(@UuidParam('reviewId') reviewId: string): Promise<TPublicReport> {
    return this.reports.report(reviewId);
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
