import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { ReviewStateModule } from '../review-state/review-state.module';
import { CarryForwardRepository } from './carry-forward.repository';
import { CarryForwardService } from './carry-forward.service';
import { ReviewSetupRepository } from './review-setup.repository';
import { ReviewSetupService } from './review-setup.service';
import { ReviewsController } from './reviews.controller';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [MembersModule, ReviewStateModule, QuestionnairesModule],
  controllers: [ReviewsController],
  providers: [
    ReviewsService,
    ReviewsRepository,
    ReviewSetupService,
    ReviewSetupRepository,
    CarryForwardService,
    CarryForwardRepository,
  ],
  // The instance administration starts reviews for countries through the same setup.
  exports: [ReviewSetupService],
})
export class ReviewsModule {}
