import {
  type TAddNationalQuestionRequest,
  type TTailoredQuestion,
  type TTailorQuestionRequest,
  ZAddNationalQuestionRequest,
  ZQuestionCode,
  ZTailoredQuestion,
  ZTailorQuestionRequest,
} from '@gcm/domain';
import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { ReviewQuestionsService } from './review-questions.service';

@ApiTags('questionnaires')
@Controller('api/reviews/:reviewId/questions')
export class ReviewQuestionsController {
  constructor(private readonly questions: ReviewQuestionsService) {}

  @Post()
  @Documented('Add a national question to the review, after a given one (coordinator)', {
    201: ZTailoredQuestion,
    400: 'The code is taken or the question to follow does not exist',
    404: 'No such review, or not a member',
    409: 'The review is read-only',
  })
  add(
    @UuidParam('reviewId') reviewId: string,
    @CurrentPerson() person: AuthPerson,
    @Body({ schema: ZAddNationalQuestionRequest }) body: TAddNationalQuestionRequest,
  ): Promise<TTailoredQuestion> {
    return this.questions.add(reviewId, person.id, body);
  }

  @Patch(':code')
  @Documented('Reword a question’s guidance or word target, or a national question’s prompt (coordinator)', {
    200: ZTailoredQuestion,
    404: 'No such review or question, or not a member',
    409: 'Changed meanwhile (details.current), or the review is read-only',
  })
  tailor(
    @UuidParam('reviewId') reviewId: string,
    @Param('code', { schema: ZQuestionCode }) code: string,
    @CurrentPerson() person: AuthPerson,
    @Body({ schema: ZTailorQuestionRequest }) body: TTailorQuestionRequest,
  ): Promise<TTailoredQuestion> {
    return this.questions.tailor(reviewId, code, person.id, body);
  }
}
