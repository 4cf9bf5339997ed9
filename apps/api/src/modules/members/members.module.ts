import { Module } from '@nestjs/common';
import { InvitationMail } from './invitation-mail';
import { InvitationsService } from './invitations.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';

@Module({ controllers: [MembersController], providers: [MembersService, InvitationsService, InvitationMail] })
export class MembersModule {}
