import { Module } from '@nestjs/common';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { ReviewStateModule } from '../review-state/review-state.module';
import { VotesModule } from '../votes/votes.module';
import { AmendmentService } from './amendment.service';
import { NumberedAttachmentsRepository } from './numbered-attachments.repository';
import { ReportController } from './report.controller';
import { ReportRepository } from './report.repository';
import { ReportService } from './report.service';
import { ReportInputService } from './report-input.service';
import { ReviewExportRepository } from './review-export.repository';
import { ReviewExportService } from './review-export.service';
import { SubmissionService } from './submission.service';
import { SubmissionMailHandler } from './submission-mail.handler';
import { SubmissionsController } from './submissions.controller';

/** The compiled report: completeness, .docx, submission to ESCAP, amendments and exports. */
@Module({
  imports: [ReviewStateModule, QuestionnairesModule, VotesModule],
  controllers: [ReportController, SubmissionsController],
  providers: [
    ReportRepository,
    NumberedAttachmentsRepository,
    ReportInputService,
    ReportService,
    SubmissionService,
    AmendmentService,
    ReviewExportRepository,
    ReviewExportService,
    SubmissionMailHandler,
  ],
  // The consolidation screen (answers) shows the attachments numbered as the report will.
  exports: [NumberedAttachmentsRepository],
})
export class ReportModule {}
