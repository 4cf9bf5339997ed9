import {
  AppError,
  CATALOGUE,
  type TCatalogue,
  type TSurveyTemplate,
  templateByKey,
  ZCatalogue,
  ZSurveyTemplate,
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
  @Documented('One survey template with its questions', {
    200: ZSurveyTemplate,
    404: { description: 'No template has that key' },
  })
  template(@Param('templateKey', { schema: ZTemplateKey }) templateKey: string): TSurveyTemplate {
    const template = templateByKey(templateKey);
    if (!template) {
      throw new AppError('NOT_FOUND', `There is no survey template "${templateKey}"`);
    }
    return template;
  }
}
