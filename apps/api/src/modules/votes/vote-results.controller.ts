import {
  type TFinalisePrioritiesRequest,
  type TPriorityList,
  type TVoteResults,
  ZFinalisePrioritiesRequest,
  ZPriorityList,
  ZVoteResults,
} from '@gcm/domain';
import { Body, Controller, Get, Header, Put } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { PrioritiesService } from './priorities.service';
import { VoteResultsService } from './vote-results.service';

@ApiTags('votes')
@Controller('api/votes/:roundId')
export class VoteResultsController {
  constructor(
    private readonly results: VoteResultsService,
    private readonly priorities: PrioritiesService,
  ) {}

  @Get('results')
  @Documented('The results: ranking, Borda and Schulze for ranked votes, per cluster and type', {
    200: ZVoteResults,
    403: 'Hidden until the vote closes',
  })
  getResults(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('roundId') roundId: string,
  ): Promise<TVoteResults> {
    return this.results.results(roundId, person.id);
  }

  @Get('results.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="vote-results.csv"')
  @ApiProduces('text/csv')
  @Documented('The results as CSV (per-voter rows for open votes only, never for secret ones)', {
    200: {
      description: 'objective, title, value, rank, tied_with',
      content: { 'text/csv': { schema: { type: 'string' } } },
    },
    403: 'Hidden until the vote closes',
  })
  getResultsCsv(@CurrentPerson() person: AuthPerson, @UuidParam('roundId') roundId: string): Promise<string> {
    return this.results.csv(roundId, person.id);
  }

  @Get('priorities')
  @Documented('The finalised priority objectives with their reasons (empty until finalised)', {
    200: ZPriorityList,
  })
  getPriorities(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('roundId') roundId: string,
  ): Promise<TPriorityList> {
    return this.priorities.get(roundId, person.id);
  }

  @Put('priorities')
  @Documented('Finalise the priority objectives with reasons; writes question 7 (coordinator)', {
    200: ZPriorityList,
    409: 'Still open, or a stale version',
  })
  finalise(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('roundId') roundId: string,
    @Body({ schema: ZFinalisePrioritiesRequest }) body: TFinalisePrioritiesRequest,
  ): Promise<TPriorityList> {
    return this.priorities.finalise(roundId, person.id, body);
  }
}
