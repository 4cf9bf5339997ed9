import {
  type TCreateDirectoryPersonRequest,
  type TCreateOrganisationRequest,
  type TDirectoryImportRequest,
  type TDirectoryImportResult,
  type TDirectoryOrganisation,
  type TDirectoryOrganisationList,
  type TDirectoryPerson,
  type TDirectoryPersonList,
  type TDirectoryQuery,
  type TUpdateDirectoryOrganisationRequest,
  type TUpdateDirectoryPersonRequest,
  type TWorkspaceList,
  ZCreateDirectoryPersonRequest,
  ZCreateOrganisationRequest,
  ZDirectoryImportRequest,
  ZDirectoryImportResult,
  ZDirectoryOrganisation,
  ZDirectoryOrganisationList,
  ZDirectoryPerson,
  ZDirectoryPersonList,
  ZDirectoryQuery,
  ZUpdateDirectoryOrganisationRequest,
  ZUpdateDirectoryPersonRequest,
  ZWorkspaceList,
} from '@gcm/domain';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
import { setDownloadHeaders } from '../attachments/download-headers';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { DirectoryImportService } from './directory-import.service';
import { WorkspacesService } from './workspaces.service';

@ApiTags('workspaces')
@Controller('api/workspaces')
export class WorkspacesController {
  constructor(
    private readonly workspaces: WorkspacesService,
    private readonly imports: DirectoryImportService,
  ) {}

  @Get()
  @Documented('Country workspaces where I coordinate a review (every one, as counts, for an administrator)', {
    200: ZWorkspaceList,
  })
  async list(@CurrentPerson() person: AuthPerson): Promise<TWorkspaceList> {
    return { workspaces: await this.workspaces.list(person.id) };
  }

  @Get(':workspaceId/organisations')
  @Documented('The country directory’s organisations (coordinators of the country’s reviews)', {
    200: ZDirectoryOrganisationList,
  })
  async organisations(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('workspaceId') workspaceId: string,
    @Query({ schema: ZDirectoryQuery }) query: TDirectoryQuery,
  ): Promise<TDirectoryOrganisationList> {
    return {
      organisations: await this.workspaces.organisations(workspaceId, person.id, query.archived === 'true'),
    };
  }

  @Post(':workspaceId/organisations')
  @Documented('Add an organisation to the country directory', {
    201: ZDirectoryOrganisation,
    409: 'Name taken',
  })
  createOrganisation(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('workspaceId') workspaceId: string,
    @Body({ schema: ZCreateOrganisationRequest }) body: TCreateOrganisationRequest,
  ): Promise<TDirectoryOrganisation> {
    return this.workspaces.createOrganisation(workspaceId, person.id, body);
  }

  @Patch(':workspaceId/organisations/:organisationId')
  @Documented('Rename, retype, archive or restore a directory organisation', { 200: ZDirectoryOrganisation })
  updateOrganisation(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('organisationId') organisationId: string,
    @Body({ schema: ZUpdateDirectoryOrganisationRequest }) body: TUpdateDirectoryOrganisationRequest,
  ): Promise<TDirectoryOrganisation> {
    return this.workspaces.updateOrganisation(workspaceId, organisationId, person.id, body);
  }

  @Delete(':workspaceId/organisations/:organisationId')
  @HttpCode(204)
  @Documented('Delete a directory organisation nothing refers to', {
    204: 'Deleted',
    409: 'Still referred to',
  })
  async deleteOrganisation(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('organisationId') organisationId: string,
  ): Promise<void> {
    await this.workspaces.deleteOrganisation(workspaceId, organisationId, person.id);
  }

  @Get(':workspaceId/people')
  @Documented('The country directory’s people', { 200: ZDirectoryPersonList })
  async people(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('workspaceId') workspaceId: string,
    @Query({ schema: ZDirectoryQuery }) query: TDirectoryQuery,
  ): Promise<TDirectoryPersonList> {
    return { people: await this.workspaces.people(workspaceId, person.id, query.archived === 'true') };
  }

  @Post(':workspaceId/people')
  @Documented('Add a person to the country directory (no access until invited to a review)', {
    201: ZDirectoryPerson,
    409: 'Already in the directory',
  })
  createPerson(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('workspaceId') workspaceId: string,
    @Body({ schema: ZCreateDirectoryPersonRequest }) body: TCreateDirectoryPersonRequest,
  ): Promise<TDirectoryPerson> {
    return this.workspaces.createPerson(workspaceId, person.id, body);
  }

  @Patch(':workspaceId/people/:personId')
  @Documented('Change a person’s title or organisation in the directory, archive or restore them', {
    200: ZDirectoryPerson,
  })
  updatePerson(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('personId') personId: string,
    @Body({ schema: ZUpdateDirectoryPersonRequest }) body: TUpdateDirectoryPersonRequest,
  ): Promise<TDirectoryPerson> {
    return this.workspaces.updatePerson(workspaceId, personId, person.id, body);
  }

  @Delete(':workspaceId/people/:personId')
  @HttpCode(204)
  @Documented('Remove a person nothing refers to from the directory', {
    204: 'Removed',
    409: 'Still referred to',
  })
  async deletePerson(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('personId') personId: string,
  ): Promise<void> {
    await this.workspaces.deletePerson(workspaceId, personId, person.id);
  }

  @Get(':workspaceId/import/template')
  @Documented('The CSV template for importing organisations and people', {
    200: {
      description: 'CSV with the template’s header and two example rows',
      content: { 'text/csv': { schema: { type: 'string' } } },
    },
  })
  @ApiProduces('text/csv')
  async template(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('workspaceId') workspaceId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const file = await this.imports.template(workspaceId, person.id);
    setDownloadHeaders(response, {
      mediaType: 'text/csv; charset=utf-8; header=present',
      fileName: file.fileName,
    });
    return file.content;
  }

  @Post(':workspaceId/import')
  @HttpCode(200)
  @Documented('Check a CSV file of organisations and people, and import it when every row is right', {
    200: ZDirectoryImportResult,
    422: 'Rows with errors: nothing was written (details = the checked rows)',
  })
  import(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('workspaceId') workspaceId: string,
    @Body({ schema: ZDirectoryImportRequest }) body: TDirectoryImportRequest,
  ): Promise<TDirectoryImportResult> {
    return this.imports.import(workspaceId, person.id, body);
  }
}
