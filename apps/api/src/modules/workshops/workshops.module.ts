import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ReviewStateModule } from '../review-state/review-state.module';
import { ActionItemsRepository } from './action-items.repository';
import { ActionItemsService } from './action-items.service';
import { DivisionOfLabourService } from './division-of-labour.service';
import { MethodologyDraftService } from './methodology-draft.service';
import { WorkshopAccess } from './workshop-access.service';
import { WorkshopEditingService } from './workshop-editing.service';
import { WorkshopInvitations } from './workshop-invitations';
import { WorkshopQueriesService } from './workshop-queries.service';
import { WorkshopsController } from './workshops.controller';
import { WorkshopsRepository } from './workshops.repository';

@Module({
  // The division of labour creates assignments through the assignments module's own use case.
  imports: [AssignmentsModule, ReviewStateModule],
  controllers: [WorkshopsController],
  providers: [
    WorkshopsRepository,
    ActionItemsRepository,
    WorkshopAccess,
    WorkshopQueriesService,
    WorkshopEditingService,
    ActionItemsService,
    DivisionOfLabourService,
    MethodologyDraftService,
    WorkshopInvitations,
  ],
})
export class WorkshopsModule {}
