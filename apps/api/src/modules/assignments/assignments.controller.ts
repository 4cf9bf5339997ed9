import {
  type TAssignment,
  type TBulkAssignRequest,
  type TCreateAssignmentRequest,
  type TListAssignmentsQuery,
  type TListAssignmentsResponse,
  type TReviewProgressResponse,
  type TUpdateAssignmentRequest,
  ZAssignment,
  ZBulkAssignRequest,
  ZCreateAssignmentRequest,
  ZListAssignmentsQuery,
  ZListAssignmentsResponse,
  ZReviewProgressResponse,
  ZUpdateAssignmentRequest,
} from '@gcm/domain';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { AssignmentChangesService } from './assignment-changes.service';
import { AssignmentCreationService } from './assignment-creation.service';
import { AssignmentQueriesService } from './assignment-queries.service';

@ApiTags('assignments')
@Controller('api')
export class AssignmentsController {
  constructor(
    private readonly queries: AssignmentQueriesService,
    private readonly creation: AssignmentCreationService,
    private readonly changes: AssignmentChangesService,
  ) {}

  @Get('reviews/:reviewId/assignments')
  @Documented("The review's assignments (a contributor sees its organisation's only)", {
    200: ZListAssignmentsResponse,
    404: 'No such review',
  })
  async list(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Query({ schema: ZListAssignmentsQuery }) query: TListAssignmentsQuery,
  ): Promise<TListAssignmentsResponse> {
    return { assignments: await this.queries.list(reviewId, person.id, query) };
  }

  @Get('me/assignments')
  @Documented("The signed-in person's assignments across reviews", { 200: ZListAssignmentsResponse })
  async mine(@CurrentPerson() person: AuthPerson): Promise<TListAssignmentsResponse> {
    return { assignments: await this.queries.mine(person.id) };
  }

  @Get('reviews/:reviewId/progress')
  @Documented('Progress of the assignments per organisation', {
    200: ZReviewProgressResponse,
    404: 'No such review',
  })
  async progress(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<TReviewProgressResponse> {
    return { organisations: await this.queries.progress(reviewId, person.id) };
  }

  @Post('reviews/:reviewId/assignments')
  @Documented('Give a question to an organisation (coordinator)', {
    201: ZAssignment,
    400: 'Invalid input',
    409: 'Already assigned, or a second lead',
  })
  create(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Body({ schema: ZCreateAssignmentRequest }) body: TCreateAssignmentRequest,
  ): Promise<TAssignment> {
    return this.creation.create(reviewId, person.id, body);
  }

  @Post('reviews/:reviewId/assignments/bulk')
  @Documented(
    'Assign many questions, and change focal points of many assignments, at once, all or nothing (coordinator)',
    {
      201: ZListAssignmentsResponse,
      400: 'Invalid item',
      409: 'Duplicate, second lead, or an assignment changed meanwhile',
    },
  )
  async bulk(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Body({ schema: ZBulkAssignRequest }) body: TBulkAssignRequest,
  ): Promise<TListAssignmentsResponse> {
    return { assignments: await this.creation.bulk(reviewId, person.id, body) };
  }

  @Patch('assignments/:assignmentId')
  @Documented('Change the due date, role, organisation or focal points (coordinator)', {
    200: ZAssignment,
    409: 'Stale version or conflict',
  })
  update(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('assignmentId') assignmentId: string,
    @Body({ schema: ZUpdateAssignmentRequest }) body: TUpdateAssignmentRequest,
  ): Promise<TAssignment> {
    return this.changes.update(assignmentId, person.id, body);
  }

  @Delete('assignments/:assignmentId')
  @HttpCode(204)
  @Documented('Remove an assignment that holds no work yet (coordinator)', {
    204: 'Removed',
    409: 'The assignment holds work',
  })
  remove(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('assignmentId') assignmentId: string,
  ): Promise<void> {
    return this.changes.remove(assignmentId, person.id);
  }
}
