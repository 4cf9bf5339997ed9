import {
  type TActionItem,
  type TAssignment,
  type TCreateActionItemRequest,
  type TCreateWorkshopRequest,
  type TDivisionOfLabourRequest,
  type TMethodologyDraft,
  type TSetParticipantsRequest,
  type TUpdateActionItemRequest,
  type TUpdateWorkshopRequest,
  type TWorkshop,
  type TWorkshopSummary,
  ZActionItem,
  ZCreateActionItemRequest,
  ZCreateWorkshopRequest,
  ZDivisionOfLabourRequest,
  ZDivisionOfLabourResponse,
  ZErrorResponse,
  ZMethodologyDraft,
  ZSetParticipantsRequest,
  ZUpdateActionItemRequest,
  ZUpdateWorkshopRequest,
  ZUuid,
  ZWorkshop,
  ZWorkshopList,
} from '@gcm/domain';
import { Body, Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPerson } from '../auth/auth.decorators';
import type { AuthPerson } from '../auth/auth.types';
import { ActionItemsService } from './action-items.service';
import { DivisionOfLabourService } from './division-of-labour.service';
import { MethodologyDraftService } from './methodology-draft.service';
import { WorkshopEditingService } from './workshop-editing.service';
import { WorkshopQueriesService } from './workshop-queries.service';

@ApiTags('workshops')
@Controller('api')
export class WorkshopsController {
  constructor(
    private readonly queries: WorkshopQueriesService,
    private readonly editing: WorkshopEditingService,
    private readonly actionItems: ActionItemsService,
    private readonly division: DivisionOfLabourService,
    private readonly methodology: MethodologyDraftService,
  ) {}

  @Get('reviews/:reviewId/workshops')
  @ApiOperation({ summary: "The review's workshops in date order, with their attendance" })
  @ApiResponse({ status: 200, standardSchema: ZWorkshopList })
  @ApiResponse({ status: 404, description: 'No such review', standardSchema: ZErrorResponse })
  async list(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
  ): Promise<{ workshops: TWorkshopSummary[] }> {
    return { workshops: await this.queries.list(reviewId, person.id) };
  }

  @Post('reviews/:reviewId/workshops')
  @ApiOperation({ summary: 'Record a workshop with its organisers (coordinator)' })
  @ApiResponse({ status: 201, standardSchema: ZWorkshop })
  @ApiResponse({ status: 400, description: 'Invalid input', standardSchema: ZErrorResponse })
  @ApiResponse({ status: 403, description: 'Not the coordinator', standardSchema: ZErrorResponse })
  create(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
    @Body({ schema: ZCreateWorkshopRequest }) body: TCreateWorkshopRequest,
  ): Promise<TWorkshop> {
    return this.editing.create(reviewId, person.id, body);
  }

  @Get('workshops/:workshopId')
  @ApiOperation({ summary: 'A workshop with participants, action items and attendance' })
  @ApiResponse({ status: 200, standardSchema: ZWorkshop })
  @ApiResponse({ status: 404, description: 'No such workshop', standardSchema: ZErrorResponse })
  get(
    @CurrentPerson() person: AuthPerson,
    @Param('workshopId', { schema: ZUuid }) workshopId: string,
  ): Promise<TWorkshop> {
    return this.queries.get(workshopId, person.id);
  }

  @Patch('workshops/:workshopId')
  @ApiOperation({ summary: 'Change a workshop (coordinator)' })
  @ApiResponse({ status: 200, standardSchema: ZWorkshop })
  @ApiResponse({ status: 409, description: 'Based on a stale version', standardSchema: ZErrorResponse })
  update(
    @CurrentPerson() person: AuthPerson,
    @Param('workshopId', { schema: ZUuid }) workshopId: string,
    @Body({ schema: ZUpdateWorkshopRequest }) body: TUpdateWorkshopRequest,
  ): Promise<TWorkshop> {
    return this.editing.update(workshopId, person.id, body);
  }

  @Put('workshops/:workshopId/participants')
  @ApiOperation({ summary: 'Replace the participants: who was invited, who attended (coordinator)' })
  @ApiResponse({ status: 200, standardSchema: ZWorkshop })
  @ApiResponse({ status: 409, description: 'Based on a stale version', standardSchema: ZErrorResponse })
  setParticipants(
    @CurrentPerson() person: AuthPerson,
    @Param('workshopId', { schema: ZUuid }) workshopId: string,
    @Body({ schema: ZSetParticipantsRequest }) body: TSetParticipantsRequest,
  ): Promise<TWorkshop> {
    return this.editing.setParticipants(workshopId, person.id, body);
  }

  @Post('workshops/:workshopId/action-items')
  @ApiOperation({ summary: 'Record an action item agreed at the workshop (coordinator)' })
  @ApiResponse({ status: 201, standardSchema: ZActionItem })
  createActionItem(
    @CurrentPerson() person: AuthPerson,
    @Param('workshopId', { schema: ZUuid }) workshopId: string,
    @Body({ schema: ZCreateActionItemRequest }) body: TCreateActionItemRequest,
  ): Promise<TActionItem> {
    return this.actionItems.create(workshopId, person.id, body);
  }

  @Patch('action-items/:actionItemId')
  @ApiOperation({ summary: 'Change an action item, e.g. mark it done (coordinator)' })
  @ApiResponse({ status: 200, standardSchema: ZActionItem })
  @ApiResponse({ status: 409, description: 'Based on a stale version', standardSchema: ZErrorResponse })
  updateActionItem(
    @CurrentPerson() person: AuthPerson,
    @Param('actionItemId', { schema: ZUuid }) actionItemId: string,
    @Body({ schema: ZUpdateActionItemRequest }) body: TUpdateActionItemRequest,
  ): Promise<TActionItem> {
    return this.actionItems.update(actionItemId, person.id, body);
  }

  @Post('workshops/:workshopId/division-of-labour')
  @ApiOperation({
    summary: 'Turn the division of labour agreed at the workshop into assignments (coordinator)',
  })
  @ApiResponse({ status: 201, standardSchema: ZDivisionOfLabourResponse })
  @ApiResponse({
    status: 400,
    description: 'Invalid input; nothing assigned',
    standardSchema: ZErrorResponse,
  })
  @ApiResponse({
    status: 409,
    description: 'Already assigned, or a second lead; nothing assigned',
    standardSchema: ZErrorResponse,
  })
  async divisionOfLabour(
    @CurrentPerson() person: AuthPerson,
    @Param('workshopId', { schema: ZUuid }) workshopId: string,
    @Body({ schema: ZDivisionOfLabourRequest }) body: TDivisionOfLabourRequest,
  ): Promise<{ assignments: TAssignment[] }> {
    return { assignments: await this.division.assign(workshopId, person.id, body) };
  }

  @Get('reviews/:reviewId/methodology-draft')
  @ApiOperation({ summary: 'A draft of question 9 (methodology) from the recorded workshops and votes' })
  @ApiResponse({ status: 200, standardSchema: ZMethodologyDraft })
  @ApiResponse({
    status: 403,
    description: 'Stakeholders do not draft answers',
    standardSchema: ZErrorResponse,
  })
  methodologyDraft(
    @CurrentPerson() person: AuthPerson,
    @Param('reviewId', { schema: ZUuid }) reviewId: string,
  ): Promise<TMethodologyDraft> {
    return this.methodology.draft(reviewId, person.id);
  }
}
