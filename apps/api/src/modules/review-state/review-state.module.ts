import { Module } from '@nestjs/common';
import { ReviewWritability } from './review-writability';
import { ReviewWritabilityRepository } from './review-writability.repository';

/**
 * Where a review stands, asked by every module that writes to one: whether it can still be
 * written to (read-only once submitted, reopened by an amendment). A layer of its own below the
 * feature modules, so that reviews, members, workshops, votes… can all ask it without importing
 * each other.
 */
@Module({
  providers: [ReviewWritability, ReviewWritabilityRepository],
  exports: [ReviewWritability],
})
export class ReviewStateModule {}
