import {
  type TAnswer,
  type TConsolidation,
  type TListAnswerRevisionsResponse,
  type TSaveAnswerRequest,
  ZAnswer,
  ZAnswerConflict,
  ZConsolidation,
  ZErrorResponse,
  ZListAnswerRevisionsResponse,
  ZQuestionCode,
  ZSaveAnswerRequest,
  ZUuid,
} from '@gcm/domain';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { AnswerEditingService } from './answer-editing.service';
import { ConsolidationService } from './consolidation.service';

@ApiTags('answers')
@Controller('api/reviews/:reviewId/questions/:code')
export class AnswersController {
  constructor(
    private readonly consolidation: ConsolidationService,
    private readonly editing: AnswerEditingService,
  ) {}

  @Get('consolidation')
  @ApiOperation({ summary: 'A question with its consolidated answer and the contributions to merge' })
  @ApiResponse({ status: 200, standardSchema: ZConsolidation })
  @ApiResponse({ status: 404, description: 'No such review or question', standardSchema: ZErrorResponse })
  view(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Param('code', { schema: ZQuestionCode }) code: string,
  ): Promise<TConsolidation> {
    return this.consolidation.view(reviewId, code, person.id);
  }

  @Put('answer')
  @ApiOperation({ summary: 'Save the consolidated answer, based on the version you loaded (coordinator)' })
  @ApiResponse({ status: 200, standardSchema: ZAnswer })
  @ApiResponse({
    status: 400,
    description: 'Data that does not fit the question',
    standardSchema: ZErrorResponse,
  })
  @ApiResponse({
    status: 409,
    description: 'Saved by someone else meanwhile (details.current), or the report is submitted',
    standardSchema: ZAnswerConflict,
  })
  save(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Param('code', { schema: ZQuestionCode }) code: string,
    @Body({ schema: ZSaveAnswerRequest }) body: TSaveAnswerRequest,
  ): Promise<TAnswer> {
    return this.editing.save(reviewId, code, person.id, body);
  }

  @Get('answer/revisions')
  @ApiOperation({ summary: 'Every saved version of the answer, newest first' })
  @ApiResponse({ status: 200, standardSchema: ZListAnswerRevisionsResponse })
  revisions(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Param('code', { schema: ZQuestionCode }) code: string,
  ): Promise<TListAnswerRevisionsResponse> {
    return this.consolidation.revisions(reviewId, code, person.id);
  }
}
