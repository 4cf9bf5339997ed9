import { Module } from '@nestjs/common';
import { ReviewStateModule } from '../review-state/review-state.module';
import { AssignmentChangesService } from './assignment-changes.service';
import { AssignmentCreationService } from './assignment-creation.service';
import { AssignmentQueriesService } from './assignment-queries.service';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsRepository } from './assignments.repository';

@Module({
  imports: [ReviewStateModule],
  controllers: [AssignmentsController],
  providers: [
    AssignmentsRepository,
    AssignmentQueriesService,
    AssignmentCreationService,
    AssignmentChangesService,
  ],
  exports: [AssignmentsRepository, AssignmentCreationService],
})
export class AssignmentsModule {}
