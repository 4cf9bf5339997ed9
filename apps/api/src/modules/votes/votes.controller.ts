import {
  type TCastBallotRequest,
  type TCreateVoteRoundRequest,
  type TMyBallot,
  type TVoteNonVoters,
  type TVoteRound,
  ZCastBallotRequest,
  ZCreateVoteRoundRequest,
  ZMyBallot,
  ZVoteNonVoters,
  ZVoteReminderResponse,
  ZVoteRound,
  ZVoteRoundList,
} from '@gcm/domain';
import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
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
  @Documented("The review's prioritisation votes, newest first", {
    200: ZVoteRoundList,
    404: 'No such review',
  })
  async list(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<{ rounds: TVoteRound[] }> {
    return { rounds: await this.rounds.list(reviewId, person.id) };
  }

  @Post('reviews/:reviewId/votes')
  @Documented('Set up a vote on the GCM objectives (coordinator)', {
    201: ZVoteRound,
    400: 'Invalid input',
    403: 'Not the coordinator',
  })
  create(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Body({ schema: ZCreateVoteRoundRequest }) body: TCreateVoteRoundRequest,
  ): Promise<TVoteRound> {
    return this.creation.create(reviewId, person.id, body);
  }

  @Get('votes/:roundId')
  @Documented('A vote: its state, turnout, and whether I may vote and have', {
    200: ZVoteRound,
    404: 'No such vote',
  })
  get(@CurrentPerson() person: AuthPerson, @UuidParam('roundId') roundId: string): Promise<TVoteRound> {
    return this.rounds.get(roundId, person.id);
  }

  @Put('votes/:roundId/ballot')
  @Documented('Cast my ballot, or change it while the vote is open', {
    200: ZMyBallot,
    400: 'The ballot breaks the rules',
    403: 'Not on the list of voters',
    409: 'The vote is not open, or (secret votes) my ballot predates an upgrade or a key change and can no longer be changed',
  })
  cast(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('roundId') roundId: string,
    @Body({ schema: ZCastBallotRequest }) body: TCastBallotRequest,
  ): Promise<TMyBallot> {
    return this.ballots.cast(roundId, person.id, body);
  }

  @Get('votes/:roundId/ballot')
  @Documented('My ballot in this vote (null when I have not voted)', {
    200: ZMyBallot,
    403: 'Not on the list of voters',
  })
  mine(@CurrentPerson() person: AuthPerson, @UuidParam('roundId') roundId: string): Promise<TMyBallot> {
    return this.ballots.mine(roundId, person.id);
  }

  @Post('votes/:roundId/close')
  @HttpCode(200)
  @Documented('Close the vote now (coordinator)', { 200: ZVoteRound, 409: 'The vote is not open' })
  close(@CurrentPerson() person: AuthPerson, @UuidParam('roundId') roundId: string): Promise<TVoteRound> {
    return this.rounds.close(roundId, person.id);
  }

  @Get('votes/:roundId/non-voters')
  @Documented('Who may vote and has not yet, from participation only (coordinator)', { 200: ZVoteNonVoters })
  nonVoters(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('roundId') roundId: string,
  ): Promise<TVoteNonVoters> {
    return this.reminders.nonVoters(roundId, person.id);
  }

  @Post('votes/:roundId/remind')
  @HttpCode(202)
  @Documented('E-mail everyone who has not voted yet (coordinator; once an hour per vote)', {
    202: ZVoteReminderResponse,
    409: 'The vote is not open',
    429: 'Reminders went out less than an hour ago',
  })
  remind(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('roundId') roundId: string,
  ): Promise<{ queued: number }> {
    return this.reminders.remind(roundId, person.id);
  }
}
