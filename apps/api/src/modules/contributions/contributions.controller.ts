import {
  type TComment,
  type TContribution,
  type TCreateCommentRequest,
  type TListRevisionsResponse,
  type TSaveContributionRequest,
  type TTransitionRequest,
  ZComment,
  ZContribution,
  ZContributionConflict,
  ZCreateCommentRequest,
  ZListRevisionsResponse,
  ZSaveContributionRequest,
  ZTransitionRequest,
} from '@gcm/domain';
import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { ContributionCommentsService } from './contribution-comments.service';
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
    private readonly comments: ContributionCommentsService,
  ) {}

  @Get('contribution')
  @Documented("An assignment's contribution with what the caller may do next", {
    200: ZContribution,
    403: 'Not your organisation',
    404: 'No such assignment',
  })
  get(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('assignmentId') assignmentId: string,
  ): Promise<TContribution> {
    return this.reading.get(assignmentId, person.id);
  }

  @Put('contribution')
  @Documented('Save the text, based on the version you loaded (baseVersion)', {
    200: ZContribution,
    409: { description: 'Saved by someone else meanwhile', schema: ZContributionConflict },
  })
  save(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('assignmentId') assignmentId: string,
    @Body({ schema: ZSaveContributionRequest }) body: TSaveContributionRequest,
  ): Promise<TContribution> {
    return this.editing.save(assignmentId, person.id, body);
  }

  @Post('transitions')
  @HttpCode(200)
  @Documented('Start, submit, request changes, accept or reopen', {
    200: ZContribution,
    409: 'Stale version or not possible now',
  })
  transition(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('assignmentId') assignmentId: string,
    @Body({ schema: ZTransitionRequest }) body: TTransitionRequest,
  ): Promise<TContribution> {
    return this.workflow.transition(assignmentId, person.id, body);
  }

  @Post('comments')
  @Documented('Comment on the contribution, or answer a comment (replyTo): coordinators and focal points', {
    201: ZComment,
    400: 'Blank or too long, or replyTo is not a comment of this assignment',
    403: 'Not a coordinator or a focal point of the organisation',
    404: 'No such assignment',
    409: 'The review takes no more changes',
  })
  comment(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('assignmentId') assignmentId: string,
    @Body({ schema: ZCreateCommentRequest }) body: TCreateCommentRequest,
  ): Promise<TComment> {
    return this.comments.comment(assignmentId, person.id, body);
  }

  @Get('revisions')
  @Documented('Every saved version of the contribution, newest first', { 200: ZListRevisionsResponse })
  async revisions(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('assignmentId') assignmentId: string,
  ): Promise<TListRevisionsResponse> {
    return { revisions: await this.reading.revisions(assignmentId, person.id) };
  }
}
