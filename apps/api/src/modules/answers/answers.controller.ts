import {
  type TAnswer,
  type TConsolidation,
  type TListAnswerRevisionsResponse,
  type TSaveAnswerRequest,
  ZAnswer,
  ZAnswerConflict,
  ZConsolidation,
  ZListAnswerRevisionsResponse,
  ZQuestionCode,
  ZSaveAnswerRequest,
} from '@gcm/domain';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
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
  @Documented('A question with its consolidated answer and the contributions to merge', {
    200: ZConsolidation,
    404: 'No such review or question',
  })
  view(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Param('code', { schema: ZQuestionCode }) code: string,
  ): Promise<TConsolidation> {
    return this.consolidation.view(reviewId, code, person.id);
  }

  @Put('answer')
  @Documented('Save the consolidated answer, based on the version you loaded (coordinator)', {
    200: ZAnswer,
    400: 'Data that does not fit the question',
    409: {
      description: 'Saved by someone else meanwhile (details.current), or the report is submitted',
      schema: ZAnswerConflict,
    },
  })
  save(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Param('code', { schema: ZQuestionCode }) code: string,
    @Body({ schema: ZSaveAnswerRequest }) body: TSaveAnswerRequest,
  ): Promise<TAnswer> {
    return this.editing.save(reviewId, code, person.id, body);
  }

  @Get('answer/revisions')
  @Documented('Every saved version of the answer, newest first', { 200: ZListAnswerRevisionsResponse })
  revisions(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Param('code', { schema: ZQuestionCode }) code: string,
  ): Promise<TListAnswerRevisionsResponse> {
    return this.consolidation.revisions(reviewId, code, person.id);
  }
}
