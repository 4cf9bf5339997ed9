import { Module } from '@nestjs/common';
import { ReportModule } from '../report/report.module';
import { ReviewStateModule } from '../review-state/review-state.module';
import { AnswerEditingService } from './answer-editing.service';
import { AnswersController } from './answers.controller';
import { AnswersRepository } from './answers.repository';
import { ConsolidationService } from './consolidation.service';

/** Consolidating contributions into each question's answer (coordinator). */
@Module({
  imports: [ReviewStateModule, ReportModule],
  controllers: [AnswersController],
  providers: [AnswersRepository, ConsolidationService, AnswerEditingService],
})
export class AnswersModule {}
