import {
  type TCreateOrganisationRequest,
  type TOrganisation,
  type TUpdateOrganisationRequest,
  ZCreateOrganisationRequest,
  ZErrorResponse,
  ZOrganisation,
  ZOrganisationList,
  ZUpdateOrganisationRequest,
} from '@gcm/domain';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('api/reviews/:reviewId/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Documented('Organisations taking part in the review', { 200: ZOrganisationList, 404: ZErrorResponse })
  async list(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<{ organisations: TOrganisation[] }> {
    return { organisations: await this.organisations.list(reviewId, person.id) };
  }

  @Post()
  @Documented('Add an organisation to the review (coordinator)', {
    201: ZOrganisation,
    409: 'Already in the review',
  })
  create(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Body({ schema: ZCreateOrganisationRequest }) body: TCreateOrganisationRequest,
  ): Promise<TOrganisation> {
    return this.organisations.create(reviewId, person.id, body);
  }

  @Patch(':organisationId')
  @Documented('Rename an organisation, change its type or head contact (coordinator)', { 200: ZOrganisation })
  update(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @UuidParam('organisationId') organisationId: string,
    @Body({ schema: ZUpdateOrganisationRequest }) body: TUpdateOrganisationRequest,
  ): Promise<TOrganisation> {
    return this.organisations.update(reviewId, organisationId, person.id, body);
  }

  @Put(':organisationId')
  @Documented('Make an organisation of the country directory take part in the review (coordinator)', {
    200: ZOrganisation,
    409: 'Archived in the directory',
  })
  takePart(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @UuidParam('organisationId') organisationId: string,
  ): Promise<TOrganisation> {
    return this.organisations.takePart(reviewId, organisationId, person.id);
  }

  @Delete(':organisationId')
  @HttpCode(204)
  @Documented('Take an organisation out of the review while nothing in it refers to it (coordinator)', {
    204: 'Removed',
    409: 'Still has assignments, members, workshops or vote rounds in the review',
  })
  async remove(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @UuidParam('organisationId') organisationId: string,
  ): Promise<void> {
    await this.organisations.remove(reviewId, organisationId, person.id);
  }
}
