import { Module } from '@nestjs/common';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { PublicReportsController } from './public-reports.controller';
import { PublicReportsService } from './public-reports.service';
import { PublicationController } from './publication.controller';
import { PublicationRepository } from './publication.repository';
import { PublicationService } from './publication.service';

/** Published reports: the public pages (no sign-in) and the coordinator's consent to publish. */
@Module({
  imports: [QuestionnairesModule],
  controllers: [PublicReportsController, PublicationController],
  providers: [PublicReportsService, PublicationService, PublicationRepository],
})
export class PublicationModule {}
