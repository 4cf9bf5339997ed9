import { Module } from '@nestjs/common';
import { ReviewLifecycleController } from './review-lifecycle.controller';
import { ReviewLifecycleRepository } from './review-lifecycle.repository';
import { ReviewLifecycleService } from './review-lifecycle.service';

/** Closing and archiving a review, the steps after its report is submitted. */
@Module({
  controllers: [ReviewLifecycleController],
  providers: [ReviewLifecycleService, ReviewLifecycleRepository],
})
export class ReviewLifecycleModule {}
