import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { InstanceController } from './instance.controller';
import { InstanceRepository } from './instance.repository';
import { InstanceService } from './instance.service';

/** Administration of the installation, above reviews. */
@Module({
  imports: [AuthModule, ReviewsModule],
  controllers: [InstanceController],
  providers: [InstanceService, InstanceRepository],
  exports: [InstanceService],
})
export class InstanceModule {}
