import {
  type TCreateOrganisationRequest,
  type TOrganisation,
  type TUpdateOrganisationRequest,
  ZCreateOrganisationRequest,
  ZErrorResponse,
  ZOrganisation,
  ZOrganisationList,
  ZUpdateOrganisationRequest,
  ZUuid,
} from '@gcm/domain';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('api/reviews/:reviewId/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @ApiOperation({ summary: 'Organisations taking part in the review' })
  @ApiResponse({ status: 200, standardSchema: ZOrganisationList })
  @ApiResponse({ status: 404, standardSchema: ZErrorResponse })
  async list(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
  ): Promise<{ organisations: TOrganisation[] }> {
    return { organisations: await this.organisations.list(reviewId, person.id) };
  }

  @Post()
  @ApiOperation({ summary: 'Add an organisation to the review (coordinator)' })
  @ApiResponse({ status: 201, standardSchema: ZOrganisation })
  @ApiResponse({ status: 409, description: 'Already in the review', standardSchema: ZErrorResponse })
  create(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Body({ schema: ZCreateOrganisationRequest }) body: TCreateOrganisationRequest,
  ): Promise<TOrganisation> {
    return this.organisations.create(reviewId, person.id, body);
  }

  @Patch(':organisationId')
  @ApiOperation({ summary: 'Rename an organisation, change its type or head contact (coordinator)' })
  @ApiResponse({ status: 200, standardSchema: ZOrganisation })
  update(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Param('organisationId', { schema: ZUuid }) organisationId: string,
    @Body({ schema: ZUpdateOrganisationRequest }) body: TUpdateOrganisationRequest,
  ): Promise<TOrganisation> {
    return this.organisations.update(reviewId, organisationId, person.id, body);
  }
}
