import { Module } from '@nestjs/common';
import { ReviewStateModule } from '../review-state/review-state.module';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [ReviewStateModule],
  controllers: [OrganisationsController],
  providers: [OrganisationsService, OrganisationsRepository],
})
export class OrganisationsModule {}
