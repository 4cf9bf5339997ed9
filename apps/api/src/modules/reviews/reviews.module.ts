import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { ReviewSetupRepository } from './review-setup.repository';
import { ReviewSetupService } from './review-setup.service';
import { ReviewWritability } from './review-writability';
import { ReviewWritabilityRepository } from './review-writability.repository';
import { ReviewsController } from './reviews.controller';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [MembersModule],
  controllers: [ReviewsController],
  providers: [
    ReviewsService,
    ReviewsRepository,
    ReviewSetupService,
    ReviewSetupRepository,
    ReviewWritabilityRepository,
    ReviewWritability,
  ],
  // Every module that writes to a review asks first whether the review can still be written to.
  exports: [ReviewWritability, ReviewSetupService],
})
export class ReviewsModule {}
