import {
  AppError,
  builtInQuestionnaire,
  CATALOGUE,
  type TCatalogue,
  type TQuestionnaire,
  ZCatalogue,
  ZQuestionnaire,
  ZTemplateKey,
} from '@gcm/domain';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { Public } from '../auth/auth.decorators';

@ApiTags('catalogue')
@Public()
@Controller('api/catalogue')
export class CatalogueController {
  @Get()
  @Documented('The GCM catalogue: 23 objectives, 10 guiding principles, 4 clusters, survey templates', {
    200: ZCatalogue,
  })
  catalogue(): TCatalogue {
    return CATALOGUE;
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
