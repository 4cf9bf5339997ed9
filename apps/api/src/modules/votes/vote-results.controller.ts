import {
  type TFinalisePrioritiesRequest,
  type TPriorityList,
  type TVoteResults,
  ZErrorResponse,
  ZFinalisePrioritiesRequest,
  ZPriorityList,
  ZUuid,
  ZVoteResults,
} from '@gcm/domain';
import { Body, Controller, Get, Header, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: 'The results: ranking, Borda and Schulze for ranked votes, per cluster and type' })
  @ApiResponse({ status: 200, standardSchema: ZVoteResults })
  @ApiResponse({ status: 403, description: 'Hidden until the vote closes', standardSchema: ZErrorResponse })
  getResults(
    @CurrentPerson() person: AuthPerson,
    @Param('roundId', { schema: ZUuid }) roundId: string,
  ): Promise<TVoteResults> {
    return this.results.results(roundId, person.id);
  }

  @Get('results.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="vote-results.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The results as CSV (per-voter rows for open votes only, never for secret ones)' })
  @ApiResponse({
    status: 200,
    description: 'objective, title, value, rank, tied_with',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiResponse({ status: 403, description: 'Hidden until the vote closes', standardSchema: ZErrorResponse })
  getResultsCsv(
    @CurrentPerson() person: AuthPerson,
    @Param('roundId', { schema: ZUuid }) roundId: string,
  ): Promise<string> {
    return this.results.csv(roundId, person.id);
  }

  @Get('priorities')
  @ApiOperation({ summary: 'The finalised priority objectives with their reasons (empty until finalised)' })
  @ApiResponse({ status: 200, standardSchema: ZPriorityList })
  getPriorities(
    @CurrentPerson() person: AuthPerson,
    @Param('roundId', { schema: ZUuid }) roundId: string,
  ): Promise<TPriorityList> {
    return this.priorities.get(roundId, person.id);
  }

  @Put('priorities')
  @ApiOperation({ summary: 'Finalise the priority objectives with reasons; writes question 7 (coordinator)' })
  @ApiResponse({ status: 200, standardSchema: ZPriorityList })
  @ApiResponse({ status: 409, description: 'Still open, or a stale version', standardSchema: ZErrorResponse })
  finalise(
    @CurrentPerson() person: AuthPerson,
    @Param('roundId', { schema: ZUuid }) roundId: string,
    @Body({ schema: ZFinalisePrioritiesRequest }) body: TFinalisePrioritiesRequest,
  ): Promise<TPriorityList> {
    return this.priorities.finalise(roundId, person.id, body);
  }
}
