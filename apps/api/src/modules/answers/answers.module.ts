import { Module } from '@nestjs/common';
import { ReportModule } from '../report/report.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { AnswerEditingService } from './answer-editing.service';
import { AnswersController } from './answers.controller';
import { AnswersRepository } from './answers.repository';
import { ConsolidationService } from './consolidation.service';

/** Consolidating contributions into each question's answer (coordinator). */
@Module({
  imports: [ReviewsModule, ReportModule],
  controllers: [AnswersController],
  providers: [AnswersRepository, ConsolidationService, AnswerEditingService],
})
export class AnswersModule {}
