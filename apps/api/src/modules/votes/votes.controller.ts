import {
  type TCastBallotRequest,
  type TCreateVoteRoundRequest,
  type TMyBallot,
  type TVoteRound,
  ZCastBallotRequest,
  ZCreateVoteRoundRequest,
  ZErrorResponse,
  ZMyBallot,
  ZUuid,
  ZVoteReminderResponse,
  ZVoteRound,
  ZVoteRoundList,
} from '@gcm/domain';
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { BallotsService } from './ballots.service';
import { VoteRemindersService } from './vote-reminders.service';
import { VoteRoundCreationService } from './vote-round-creation.service';
import { VoteRoundsService } from './vote-rounds.service';

@ApiTags('votes')
@Controller('api')
export class VotesController {
  constructor(
    private readonly rounds: VoteRoundsService,
    private readonly creation: VoteRoundCreationService,
    private readonly ballots: BallotsService,
    private readonly reminders: VoteRemindersService,
  ) {}

  @Get('reviews/:reviewId/votes')
  @ApiOperation({ summary: "The review's prioritisation votes, newest first" })
  @ApiResponse({ status: 200, standardSchema: ZVoteRoundList })
  @ApiResponse({ status: 404, description: 'No such review', standardSchema: ZErrorResponse })
  async list(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
  ): Promise<{ rounds: TVoteRound[] }> {
    return { rounds: await this.rounds.list(reviewId, person.id) };
  }

  @Post('reviews/:reviewId/votes')
  @ApiOperation({ summary: 'Set up a vote on the GCM objectives (coordinator)' })
  @ApiResponse({ status: 201, standardSchema: ZVoteRound })
  @ApiResponse({ status: 400, description: 'Invalid input', standardSchema: ZErrorResponse })
  @ApiResponse({ status: 403, description: 'Not the coordinator', standardSchema: ZErrorResponse })
  create(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Body({ schema: ZCreateVoteRoundRequest }) body: TCreateVoteRoundRequest,
  ): Promise<TVoteRound> {
    return this.creation.create(reviewId, person.id, body);
  }

  @Get('votes/:roundId')
  @ApiOperation({ summary: 'A vote: its state, turnout, and whether I may vote and have' })
  @ApiResponse({ status: 200, standardSchema: ZVoteRound })
  @ApiResponse({ status: 404, description: 'No such vote', standardSchema: ZErrorResponse })
  get(
    @CurrentPerson() person: AuthPerson,
    @Param('roundId', { schema: ZUuid }) roundId: string,
  ): Promise<TVoteRound> {
    return this.rounds.get(roundId, person.id);
  }

  @Put('votes/:roundId/ballot')
  @ApiOperation({ summary: 'Cast my ballot, or change it while the vote is open' })
  @ApiResponse({ status: 200, standardSchema: ZMyBallot })
  @ApiResponse({ status: 400, description: 'The ballot breaks the rules', standardSchema: ZErrorResponse })
  @ApiResponse({ status: 403, description: 'Not on the list of voters', standardSchema: ZErrorResponse })
  @ApiResponse({
    status: 409,
    description:
      'The vote is not open, or (secret votes) my ballot predates an upgrade or a key change and can no longer be changed',
    standardSchema: ZErrorResponse,
  })
  cast(
    @CurrentPerson() person: AuthPerson,
    @Param('roundId', { schema: ZUuid }) roundId: string,
    @Body({ schema: ZCastBallotRequest }) body: TCastBallotRequest,
  ): Promise<TMyBallot> {
    return this.ballots.cast(roundId, person.id, body);
  }

  @Get('votes/:roundId/ballot')
  @ApiOperation({ summary: 'My ballot in this vote (null when I have not voted)' })
  @ApiResponse({ status: 200, standardSchema: ZMyBallot })
  @ApiResponse({ status: 403, description: 'Not on the list of voters', standardSchema: ZErrorResponse })
  mine(
    @CurrentPerson() person: AuthPerson,
    @Param('roundId', { schema: ZUuid }) roundId: string,
  ): Promise<TMyBallot> {
    return this.ballots.mine(roundId, person.id);
  }

  @Post('votes/:roundId/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the vote now (coordinator)' })
  @ApiResponse({ status: 200, standardSchema: ZVoteRound })
  @ApiResponse({ status: 409, description: 'The vote is not open', standardSchema: ZErrorResponse })
  close(
    @CurrentPerson() person: AuthPerson,
    @Param('roundId', { schema: ZUuid }) roundId: string,
  ): Promise<TVoteRound> {
    return this.rounds.close(roundId, person.id);
  }

  @Post('votes/:roundId/remind')
  @HttpCode(202)
  @ApiOperation({ summary: 'E-mail everyone who has not voted yet (coordinator; once an hour per vote)' })
  @ApiResponse({ status: 202, standardSchema: ZVoteReminderResponse })
  @ApiResponse({ status: 409, description: 'The vote is not open', standardSchema: ZErrorResponse })
  @ApiResponse({
    status: 429,
    description: 'Reminders went out less than an hour ago',
    standardSchema: ZErrorResponse,
  })
  remind(
    @CurrentPerson() person: AuthPerson,
    @Param('roundId', { schema: ZUuid }) roundId: string,
  ): Promise<{ queued: number }> {
    return this.reminders.remind(roundId, person.id);
  }
}
