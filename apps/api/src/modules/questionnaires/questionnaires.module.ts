import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { ReviewStateModule } from '../review-state/review-state.module';
import { QuestionnaireCatalogue } from './questionnaire-catalogue.service';
import { QuestionnairesController } from './questionnaires.controller';
import { QuestionnairesRepository } from './questionnaires.repository';
import { ReviewQuestionsController } from './review-questions.controller';
import { ReviewQuestionsRepository } from './review-questions.repository';
import { ReviewQuestionsService } from './review-questions.service';

/** Questionnaire templates as data: the built-in files and the ones administrators import. */
@Module({
  imports: [AuditModule, AccessModule, ReviewStateModule],
  controllers: [QuestionnairesController, ReviewQuestionsController],
  providers: [
    QuestionnaireCatalogue,
    QuestionnairesRepository,
    ReviewQuestionsService,
    ReviewQuestionsRepository,
  ],
  exports: [QuestionnaireCatalogue],
})
export class QuestionnairesModule {}
