import {
  type TContribution,
  type TListRevisionsResponse,
  type TSaveContributionRequest,
  type TTransitionRequest,
  ZContribution,
  ZContributionConflict,
  ZErrorResponse,
  ZListRevisionsResponse,
  ZSaveContributionRequest,
  ZTransitionRequest,
  ZUuid,
} from '@gcm/domain';
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { ContributionEditingService } from './contribution-editing.service';
import { ContributionReadingService } from './contribution-reading.service';
import { ContributionWorkflowService } from './contribution-workflow.service';

@ApiTags('contributions')
@Controller('api/assignments/:assignmentId')
export class ContributionsController {
  constructor(
    private readonly reading: ContributionReadingService,
    private readonly editing: ContributionEditingService,
    private readonly workflow: ContributionWorkflowService,
  ) {}

  @Get('contribution')
  @ApiOperation({ summary: "An assignment's contribution with what the caller may do next" })
  @ApiResponse({ status: 200, standardSchema: ZContribution })
  @ApiResponse({ status: 403, description: 'Not your organisation', standardSchema: ZErrorResponse })
  @ApiResponse({ status: 404, description: 'No such assignment', standardSchema: ZErrorResponse })
  get(
    @CurrentPerson() person: AuthPerson,
    @Param('assignmentId', { schema: ZUuid }) assignmentId: string,
  ): Promise<TContribution> {
    return this.reading.get(assignmentId, person.id);
  }

  @Put('contribution')
  @ApiOperation({ summary: 'Save the text, based on the version you loaded (baseVersion)' })
  @ApiResponse({ status: 200, standardSchema: ZContribution })
  @ApiResponse({
    status: 409,
    description: 'Saved by someone else meanwhile',
    standardSchema: ZContributionConflict,
  })
  save(
    @CurrentPerson() person: AuthPerson,
    @Param('assignmentId', { schema: ZUuid }) assignmentId: string,
    @Body({ schema: ZSaveContributionRequest }) body: TSaveContributionRequest,
  ): Promise<TContribution> {
    return this.editing.save(assignmentId, person.id, body);
  }

  @Post('transitions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start, submit, request changes, accept or reopen' })
  @ApiResponse({ status: 200, standardSchema: ZContribution })
  @ApiResponse({
    status: 409,
    description: 'Stale version or not possible now',
    standardSchema: ZErrorResponse,
  })
  transition(
    @CurrentPerson() person: AuthPerson,
    @Param('assignmentId', { schema: ZUuid }) assignmentId: string,
    @Body({ schema: ZTransitionRequest }) body: TTransitionRequest,
  ): Promise<TContribution> {
    return this.workflow.transition(assignmentId, person.id, body);
  }

  @Get('revisions')
  @ApiOperation({ summary: 'Every saved version of the contribution, newest first' })
  @ApiResponse({ status: 200, standardSchema: ZListRevisionsResponse })
  async revisions(
    @CurrentPerson() person: AuthPerson,
    @Param('assignmentId', { schema: ZUuid }) assignmentId: string,
  ): Promise<TListRevisionsResponse> {
    return { revisions: await this.reading.revisions(assignmentId, person.id) };
  }
}
