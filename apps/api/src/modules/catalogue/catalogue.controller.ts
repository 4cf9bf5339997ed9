import {
  AppError,
  builtInQuestionnaire,
  CATALOGUE,
  type TQuestionnaire,
  ZCatalogue,
  ZQuestionnaire,
  ZTemplateKey,
} from '@gcm/domain';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Documented } from '../../infra/http/endpoint-docs';
import { Public } from '../auth/auth.decorators';
import { prepareJson, sendPreparedJson } from './prepared-json';

/** The catalogue is constant data: serialised once, at start. */
const CATALOGUE_JSON = prepareJson(CATALOGUE);

@ApiTags('catalogue')
@Public()
@Controller('api/catalogue')
export class CatalogueController {
  @Get()
  @Documented('The GCM catalogue: 23 objectives, 10 guiding principles, 4 clusters, survey templates', {
    200: ZCatalogue,
  })
  catalogue(@Res() response: Response): void {
    sendPreparedJson(response, CATALOGUE_JSON);
  }

  @Get('templates/:templateKey')
  @Documented('The newest built-in questionnaire of that key (imported ones: GET /api/questionnaires)', {
    200: ZQuestionnaire,
    404: { description: 'No template has that key' },
  })
  template(@Param('templateKey', { schema: ZTemplateKey }) templateKey: string): TQuestionnaire {
    const template = builtInQuestionnaire(templateKey);
    if (!template) {
      throw new AppError('NOT_FOUND', `There is no survey template "${templateKey}"`);
    }
    return template;
  }
}
