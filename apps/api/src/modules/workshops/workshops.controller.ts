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
  ZMethodologyDraft,
  ZSetParticipantsRequest,
  ZUpdateActionItemRequest,
  ZUpdateWorkshopRequest,
  ZWorkshop,
  ZWorkshopList,
} from '@gcm/domain';
import { Body, Controller, Get, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Documented } from '../../infra/http/endpoint-docs';
import { UuidParam } from '../../infra/http/route-params';
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
  @Documented("The review's workshops in date order, with their attendance", {
    200: ZWorkshopList,
    404: 'No such review',
  })
  async list(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<{ workshops: TWorkshopSummary[] }> {
    return { workshops: await this.queries.list(reviewId, person.id) };
  }

  @Post('reviews/:reviewId/workshops')
  @Documented('Record a workshop with its organisers (coordinator)', {
    201: ZWorkshop,
    400: 'Invalid input',
    403: 'Not the coordinator',
  })
  create(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
    @Body({ schema: ZCreateWorkshopRequest }) body: TCreateWorkshopRequest,
  ): Promise<TWorkshop> {
    return this.editing.create(reviewId, person.id, body);
  }

  @Get('workshops/:workshopId')
  @Documented('A workshop with participants, action items and attendance', {
    200: ZWorkshop,
    404: 'No such workshop',
  })
  get(@CurrentPerson() person: AuthPerson, @UuidParam('workshopId') workshopId: string): Promise<TWorkshop> {
    return this.queries.get(workshopId, person.id);
  }

  @Patch('workshops/:workshopId')
  @Documented('Change a workshop (coordinator)', { 200: ZWorkshop, 409: 'Based on a stale version' })
  update(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('workshopId') workshopId: string,
    @Body({ schema: ZUpdateWorkshopRequest }) body: TUpdateWorkshopRequest,
  ): Promise<TWorkshop> {
    return this.editing.update(workshopId, person.id, body);
  }

  @Put('workshops/:workshopId/participants')
  @Documented('Replace the participants: who was invited, who attended (coordinator)', {
    200: ZWorkshop,
    409: 'Based on a stale version',
  })
  setParticipants(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('workshopId') workshopId: string,
    @Body({ schema: ZSetParticipantsRequest }) body: TSetParticipantsRequest,
  ): Promise<TWorkshop> {
    return this.editing.setParticipants(workshopId, person.id, body);
  }

  @Post('workshops/:workshopId/action-items')
  @Documented('Record an action item agreed at the workshop (coordinator)', { 201: ZActionItem })
  createActionItem(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('workshopId') workshopId: string,
    @Body({ schema: ZCreateActionItemRequest }) body: TCreateActionItemRequest,
  ): Promise<TActionItem> {
    return this.actionItems.create(workshopId, person.id, body);
  }

  @Patch('action-items/:actionItemId')
  @Documented('Change an action item, e.g. mark it done (coordinator)', {
    200: ZActionItem,
    409: 'Based on a stale version',
  })
  updateActionItem(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('actionItemId') actionItemId: string,
    @Body({ schema: ZUpdateActionItemRequest }) body: TUpdateActionItemRequest,
  ): Promise<TActionItem> {
    return this.actionItems.update(actionItemId, person.id, body);
  }

  @Post('workshops/:workshopId/division-of-labour')
  @Documented('Turn the division of labour agreed at the workshop into assignments (coordinator)', {
    201: ZDivisionOfLabourResponse,
    400: 'Invalid input; nothing assigned',
    409: 'Already assigned, or a second lead; nothing assigned',
  })
  async divisionOfLabour(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('workshopId') workshopId: string,
    @Body({ schema: ZDivisionOfLabourRequest }) body: TDivisionOfLabourRequest,
  ): Promise<{ assignments: TAssignment[] }> {
    return { assignments: await this.division.assign(workshopId, person.id, body) };
  }

  @Get('reviews/:reviewId/methodology-draft')
  @Documented('A draft of question 9 (methodology) from the recorded workshops and votes', {
    200: ZMethodologyDraft,
    403: 'Stakeholders do not draft answers',
  })
  methodologyDraft(
    @CurrentPerson() person: AuthPerson,
    @UuidParam('reviewId') reviewId: string,
  ): Promise<TMethodologyDraft> {
    return this.methodology.draft(reviewId, person.id);
  }
}
