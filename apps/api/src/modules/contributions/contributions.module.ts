import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ReviewStateModule } from '../review-state/review-state.module';
import { CommentMailHandler } from './comment-mail.handler';
import { ContributionAccessService } from './contribution-access.service';
import { ContributionCommentsService } from './contribution-comments.service';
import { ContributionEditingService } from './contribution-editing.service';
import { ContributionReadingService } from './contribution-reading.service';
import { ContributionWorkflowService } from './contribution-workflow.service';
import { ContributionsController } from './contributions.controller';
import { ContributionsRepository } from './contributions.repository';

@Module({
  imports: [ReviewStateModule, AssignmentsModule],
  controllers: [ContributionsController],
  providers: [
    ContributionsRepository,
    ContributionAccessService,
    ContributionReadingService,
    ContributionEditingService,
    ContributionWorkflowService,
    ContributionCommentsService,
    CommentMailHandler,
  ],
  exports: [ContributionsRepository, ContributionAccessService, AssignmentsModule],
})
export class ContributionsModule {}
