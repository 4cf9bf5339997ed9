import {
  type TPublication,
  type TUpdatePublicationRequest,
  ZPublication,
  ZUpdatePublicationRequest,
} from '@gcm/domain';
import { Body, Controller, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { PublicationService } from './publication.service';

@ApiTags('public reports')
@Controller('api/reviews/:reviewId/publication')
export class PublicationController {
  constructor(private readonly publication: PublicationService) {}

  @Put()
  @Documented('Give or withdraw the consent to publish the report, in any status (coordinator)', {
    200: ZPublication,
    409: 'Someone else changed the review meanwhile (the current version is in details)',
  })
  update(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Body({ schema: ZUpdatePublicationRequest }) body: TUpdatePublicationRequest,
  ): Promise<TPublication> {
    return this.publication.update(reviewId, person.id, body);
  }
}
