import { Module } from '@nestjs/common';
import { ReviewSetupService } from './review-setup.service';
import { ReviewsController } from './reviews.controller';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsService } from './reviews.service';

@Module({
  controllers: [ReviewsController],
  providers: [ReviewsService, ReviewsRepository, ReviewSetupService],
})
export class ReviewsModule {}
