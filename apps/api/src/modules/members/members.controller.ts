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
  ZUuid,
} from '@gcm/domain';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: 'People in the review with their roles' })
  @ApiResponse({ status: 200, standardSchema: ZMemberList })
  @ApiResponse({ status: 404, standardSchema: ZErrorResponse })
  async list(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
  ): Promise<{ members: TMember[] }> {
    return { members: await this.members.list(reviewId, person.id) };
  }

  @Post()
  @ApiOperation({ summary: 'Invite a person by e-mail with a role (coordinator)' })
  @ApiResponse({ status: 201, standardSchema: ZInviteMemberResponse })
  @ApiResponse({ status: 403, standardSchema: ZErrorResponse })
  invite(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Body({ schema: ZInviteMemberRequest }) body: TInviteMemberRequest,
  ): Promise<TInviteMemberResponse> {
    return this.invitations.invite(reviewId, person.id, body);
  }

  @Patch(':membershipId')
  @ApiOperation({ summary: "Change a member's role or organisation (coordinator)" })
  @ApiResponse({ status: 200, standardSchema: ZMember })
  update(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Param('membershipId', { schema: ZUuid }) membershipId: string,
    @Body({ schema: ZUpdateMemberRequest }) body: TUpdateMemberRequest,
  ): Promise<TMember> {
    return this.members.update(reviewId, membershipId, person.id, body);
  }

  @Delete(':membershipId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a person from the review (coordinator)' })
  @ApiResponse({ status: 204, description: 'Removed' })
  remove(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Param('membershipId', { schema: ZUuid }) membershipId: string,
  ): Promise<void> {
    return this.members.remove(reviewId, membershipId, person.id);
  }
}
