import {
  type TImportQuestionnaireRequest,
  type TQuestionnaire,
  type TQuestionnaireImportResult,
  type TQuestionnaireList,
  ZImportQuestionnaireRequest,
  ZQuestionnaire,
  ZQuestionnaireImportResult,
  ZQuestionnaireKey,
  ZQuestionnaireList,
} from '@gcm/domain';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Documented } from '../../infra/http/endpoint-docs';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { QuestionnaireCatalogue } from './questionnaire-catalogue.service';

const ZVersionParam = z.coerce.number().int().min(1).max(999);

@ApiTags('questionnaires')
@Controller('api/questionnaires')
export class QuestionnairesController {
  constructor(private readonly catalogue: QuestionnaireCatalogue) {}

  @Get()
  @Documented('The questionnaires a review can follow: built in and imported (signed in)', {
    200: ZQuestionnaireList,
  })
  async list(): Promise<TQuestionnaireList> {
    return { questionnaires: await this.catalogue.list() };
  }

  @Get(':key/:version')
  @Documented('One questionnaire file, defaults filled in (signed in)', {
    200: ZQuestionnaire,
    404: 'No questionnaire has that key and version',
  })
  get(
    @Param('key', { schema: ZQuestionnaireKey }) key: string,
    @Param('version', { schema: ZVersionParam }) version: number,
  ): Promise<TQuestionnaire> {
    return this.catalogue.get(key, version);
  }

  @Post()
  @HttpCode(200)
  @Documented('Import a questionnaire file, or check it with dryRun (administrator)', {
    200: ZQuestionnaireImportResult,
    403: 'Not an administrator',
    409: 'That key and version exist already',
    422: 'The file is invalid; details.problems names each problem',
  })
  import(
    @CurrentPerson() person: AuthPerson,
    @Body({ schema: ZImportQuestionnaireRequest }) body: TImportQuestionnaireRequest,
  ): Promise<TQuestionnaireImportResult> {
    return this.catalogue.import(person.id, body);
  }
}
