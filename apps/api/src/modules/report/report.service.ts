import {
  buildReportOutline,
  checkCompleteness,
  outlineToPlainText,
  type TCompletenessReport,
  type TReportPreview,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { ReportRepository } from './report.repository';
import { toNumberedAttachment } from './report-attachments';
import { type CompiledReport, compileReport } from './report-docx';
import { ReportInputService } from './report-input.service';

/** The report as it stands: what is missing, a preview, the .docx. Every member may read it. */
@Injectable()
export class ReportService {
  constructor(
    private readonly access: AccessService,
    private readonly report: ReportRepository,
    private readonly inputs: ReportInputService,
  ) {}

  async completeness(reviewId: string, personId: string): Promise<TCompletenessReport> {
    await this.access.forReview(reviewId, personId);
    const { input } = await this.inputs.draft(this.report.client, reviewId);
    return checkCompleteness(input);
  }

  async preview(reviewId: string, personId: string): Promise<TReportPreview> {
    await this.access.forReview(reviewId, personId);
    const { input, attachments } = await this.inputs.draft(this.report.client, reviewId);
    const outline = buildReportOutline(input);
    return {
      version: input.version,
      outline,
      text: outlineToPlainText(outline),
      attachments: attachments.map(toNumberedAttachment),
    };
  }

  async docx(reviewId: string, personId: string): Promise<CompiledReport> {
    await this.access.forReview(reviewId, personId);
    const { input } = await this.inputs.draft(this.report.client, reviewId);
    return compileReport(input);
  }
}
