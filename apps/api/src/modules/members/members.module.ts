import { Module } from '@nestjs/common';
import { ReviewStateModule } from '../review-state/review-state.module';
import { InvitationMail } from './invitation-mail';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { MembersController } from './members.controller';
import { MembersRepository } from './members.repository';
import { MembersService } from './members.service';

@Module({
  imports: [ReviewStateModule],
  controllers: [MembersController],
  providers: [MembersService, InvitationsService, InvitationMail, MembersRepository, InvitationsRepository],
  // A review started for a country invites its coordinator through the same path.
  exports: [InvitationsService],
})
export class MembersModule {}
