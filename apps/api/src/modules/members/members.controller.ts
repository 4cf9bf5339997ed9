import {
  type TInviteMemberRequest,
  type TInviteMemberResponse,
  type TMember,
  type TUpdateMemberRequest,
  ZErrorResponse,
  ZInviteMemberRequest,
  ZInviteMemberResponse,
  ZMember,
  ZMemberList,
  ZUpdateMemberRequest,
} from '@gcm/domain';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';

@ApiTags('members')
@Controller('api/reviews/:reviewId/members')
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @Documented('People in the review with their roles', { 200: ZMemberList, 404: ZErrorResponse })
  async list(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<{ members: TMember[] }> {
    return { members: await this.members.list(reviewId, person.id) };
  }

  @Post()
  @Documented('Invite a person by e-mail with a role (coordinator)', {
    201: ZInviteMemberResponse,
    403: ZErrorResponse,
  })
  invite(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Body({ schema: ZInviteMemberRequest }) body: TInviteMemberRequest,
  ): Promise<TInviteMemberResponse> {
    return this.invitations.invite(reviewId, person.id, body);
  }

  @Patch(':membershipId')
  @Documented("Change a member's role or organisation (coordinator)", { 200: ZMember })
  update(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @UuidParam('membershipId') membershipId: string,
    @Body({ schema: ZUpdateMemberRequest }) body: TUpdateMemberRequest,
  ): Promise<TMember> {
    return this.members.update(reviewId, membershipId, person.id, body);
  }

  @Delete(':membershipId')
  @HttpCode(204)
  @Documented('Remove a person from the review (coordinator)', { 204: 'Removed' })
  remove(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @UuidParam('membershipId') membershipId: string,
  ): Promise<void> {
    return this.members.remove(reviewId, membershipId, person.id);
  }
}
