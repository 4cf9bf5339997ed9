import {
  type TBallotSetExport,
  type TFinalisePrioritiesRequest,
  type TPriorityList,
  type TVoteResults,
  type TVoteResultsQuery,
  ZBallotSetExport,
  ZFinalisePrioritiesRequest,
  ZPriorityList,
  ZVoteResults,
  ZVoteResultsQuery,
} from '@gcm/domain';
import { Body, Controller, Get, Header, Put, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
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
  @Documented(
    'The results: counts, ballot-set SHA-256; ranked votes by Schulze, Borda, Copeland, ranked pairs, with the Smith set, Condorcet winner and loser and the pairwise matrix (?organisationType= filters the matrix, open votes only); per cluster and type',
    {
      200: ZVoteResults,
      400: 'organisationType on a vote that is not ranked, or not a type of organisation',
      403: 'Hidden until the vote closes, or organisationType asked of a secret vote',
    },
  )
  getResults(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('roundId') roundId: string,
    @Query({ schema: ZVoteResultsQuery }) query: TVoteResultsQuery,
  ): Promise<TVoteResults> {
    return this.results.results(roundId, person.id, query);
  }

  @Get('ballots.json')
  @Documented(
    'The anonymised ballots (coordinator): contents only, no voter, in canonical order, with the SHA-256 to recount',
    { 200: ZBallotSetExport, 403: 'Not the coordinator, or hidden until the vote closes' },
  )
  async getBallotSet(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('roundId') roundId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TBallotSetExport> {
    const exported = await this.results.ballotSet(roundId, person.id);
    // A file to keep (only once it is granted: a refusal stays a plain JSON error), never cached.
    response.setHeader('Content-Disposition', 'attachment; filename="vote-ballots.json"');
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return exported;
  }

  @Get('results.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="vote-results.csv"')
  @ApiProduces('text/csv')
  @Documented(
    'The results as CSV: every method, the counts and the ballot-set SHA-256 (per-voter rows for open votes only)',
    {
      200: {
        description:
          'Sections separated by an empty line: the ranking (ranked votes: one column pair per method and Smith-set membership), figure/value (counts, Condorcet winner and loser, SHA-256), the pairwise matrix and ranked pairs majorities, and for open votes one row per voter',
        content: { 'text/csv': { schema: { type: 'string' } } },
      },
      403: 'Hidden until the vote closes',
    },
  )
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
