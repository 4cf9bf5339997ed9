import { Module } from '@nestjs/common';
import { ReviewSetupRepository } from './review-setup.repository';
import { ReviewSetupService } from './review-setup.service';
import { ReviewsController } from './reviews.controller';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsService } from './reviews.service';

@Module({
  controllers: [ReviewsController],
  providers: [ReviewsService, ReviewsRepository, ReviewSetupService, ReviewSetupRepository],
})
export class ReviewsModule {}
