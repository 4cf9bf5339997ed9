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
  ZErrorResponse,
  ZListAssignmentsQuery,
  ZListAssignmentsResponse,
  ZReviewProgressResponse,
  ZUpdateAssignmentRequest,
  ZUuid,
} from '@gcm/domain';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: "The review's assignments (a contributor sees its organisation's only)" })
  @ApiResponse({ status: 200, standardSchema: ZListAssignmentsResponse })
  @ApiResponse({ status: 404, description: 'No such review', standardSchema: ZErrorResponse })
  async list(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Query({ schema: ZListAssignmentsQuery }) query: TListAssignmentsQuery,
  ): Promise<TListAssignmentsResponse> {
    return { assignments: await this.queries.list(reviewId, person.id, query) };
  }

  @Get('me/assignments')
  @ApiOperation({ summary: "The signed-in person's assignments across reviews" })
  @ApiResponse({ status: 200, standardSchema: ZListAssignmentsResponse })
  async mine(@CurrentPerson() person: AuthPerson): Promise<TListAssignmentsResponse> {
    return { assignments: await this.queries.mine(person.id) };
  }

  @Get('reviews/:reviewId/progress')
  @ApiOperation({ summary: 'Progress of the assignments per organisation' })
  @ApiResponse({ status: 200, standardSchema: ZReviewProgressResponse })
  @ApiResponse({ status: 404, description: 'No such review', standardSchema: ZErrorResponse })
  async progress(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
  ): Promise<TReviewProgressResponse> {
    return { organisations: await this.queries.progress(reviewId, person.id) };
  }

  @Post('reviews/:reviewId/assignments')
  @ApiOperation({ summary: 'Give a question to an organisation (coordinator)' })
  @ApiResponse({ status: 201, standardSchema: ZAssignment })
  @ApiResponse({ status: 400, description: 'Invalid input', standardSchema: ZErrorResponse })
  @ApiResponse({
    status: 409,
    description: 'Already assigned, or a second lead',
    standardSchema: ZErrorResponse,
  })
  create(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Body({ schema: ZCreateAssignmentRequest }) body: TCreateAssignmentRequest,
  ): Promise<TAssignment> {
    return this.creation.create(reviewId, person.id, body);
  }

  @Post('reviews/:reviewId/assignments/bulk')
  @ApiOperation({ summary: 'Assign many questions at once, all or nothing (coordinator)' })
  @ApiResponse({ status: 201, standardSchema: ZListAssignmentsResponse })
  @ApiResponse({ status: 400, description: 'Invalid item', standardSchema: ZErrorResponse })
  @ApiResponse({ status: 409, description: 'Duplicate or second lead', standardSchema: ZErrorResponse })
  async bulk(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Body({ schema: ZBulkAssignRequest }) body: TBulkAssignRequest,
  ): Promise<TListAssignmentsResponse> {
    return { assignments: await this.creation.bulk(reviewId, person.id, body.items) };
  }

  @Patch('assignments/:assignmentId')
  @ApiOperation({ summary: 'Change the due date, role, organisation or focal points (coordinator)' })
  @ApiResponse({ status: 200, standardSchema: ZAssignment })
  @ApiResponse({ status: 409, description: 'Stale version or conflict', standardSchema: ZErrorResponse })
  update(
    @CurrentPerson() person: AuthPerson,
    @Param('assignmentId', { schema: ZUuid }) assignmentId: string,
    @Body({ schema: ZUpdateAssignmentRequest }) body: TUpdateAssignmentRequest,
  ): Promise<TAssignment> {
    return this.changes.update(assignmentId, person.id, body);
  }

  @Delete('assignments/:assignmentId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an assignment that holds no work yet (coordinator)' })
  @ApiResponse({ status: 204, description: 'Removed' })
  @ApiResponse({ status: 409, description: 'The assignment holds work', standardSchema: ZErrorResponse })
  remove(
    @CurrentPerson() person: AuthPerson,
    @Param('assignmentId', { schema: ZUuid }) assignmentId: string,
  ): Promise<void> {
    return this.changes.remove(assignmentId, person.id);
  }
}
