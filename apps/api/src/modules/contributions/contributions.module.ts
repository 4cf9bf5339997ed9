import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { ContributionAccessService } from './contribution-access.service';
import { ContributionEditingService } from './contribution-editing.service';
import { ContributionReadingService } from './contribution-reading.service';
import { ContributionWorkflowService } from './contribution-workflow.service';
import { ContributionsController } from './contributions.controller';
import { ContributionsRepository } from './contributions.repository';

@Module({
  imports: [ReviewsModule, AssignmentsModule],
  controllers: [ContributionsController],
  providers: [
    ContributionsRepository,
    ContributionAccessService,
    ContributionReadingService,
    ContributionEditingService,
    ContributionWorkflowService,
  ],
  exports: [ContributionsRepository, ContributionAccessService, AssignmentsModule],
})
export class ContributionsModule {}
