import { Module } from '@nestjs/common';
import { ReviewSetupService } from './review-setup.service';
import { ReviewWritability } from './review-writability';
import { ReviewWritabilityRepository } from './review-writability.repository';
import { ReviewsController } from './reviews.controller';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsService } from './reviews.service';

@Module({
  controllers: [ReviewsController],
  providers: [
    ReviewsService,
    ReviewsRepository,
    ReviewSetupService,
    ReviewWritabilityRepository,
    ReviewWritability,
  ],
  // Every module that writes to a review asks first whether the review can still be written to.
  exports: [ReviewWritability],
})
export class ReviewsModule {}
