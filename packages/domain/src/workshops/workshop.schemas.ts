import { z } from 'zod';
import { ZAssignment } from '../assignments/assignment.schemas';
import { ZIsoDate } from '../dates/calendar-date';
import { ZOrganisationRef, ZOrganisationType, ZUuid } from '../shared/primitives.schemas';
import { storableText, text } from '../text/storable-text';

export const WORKSHOP_MODES = ['in_person', 'online', 'hybrid'] as const;
export const ZWorkshopMode = z.enum(WORKSHOP_MODES);
export const ACTION_ITEM_STATES = ['open', 'done', 'dropped'] as const;
export const ZActionItemState = z.enum(ACTION_ITEM_STATES);

export const ZWorkshopParticipant = z
  .object({
    id: ZUuid,
    organisation: ZOrganisationRef,
    person: z.object({ id: ZUuid, name: z.string(), email: z.string() }).nullable(),
    name: z.string().nullable(),
    invited: z.boolean(),
    attended: z.boolean(),
  })
  .meta({ id: 'WorkshopParticipant' });
export type TWorkshopParticipant = z.infer<typeof ZWorkshopParticipant>;

export const ZActionItem = z
  .object({
    id: ZUuid,
    text: z.string(),
    ownerOrganisation: ZOrganisationRef.nullable(),
    dueDate: z.iso.date().nullable(),
    state: ZActionItemState,
    version: z.number().int(),
  })
  .meta({ id: 'ActionItem' });
export type TActionItem = z.infer<typeof ZActionItem>;

/** "7 government institutions, 8 UN agencies, 1 NGO": attendance by organisation type. */
export const ZAttendanceSummary = z
  .object({
    byType: z.array(
      z.object({ type: ZOrganisationType, organisations: z.number().int(), people: z.number().int() }),
    ),
    organisations: z.number().int(),
    people: z.number().int(),
    text: z.string(),
  })
  .meta({ id: 'AttendanceSummary' });
export type TAttendanceSummary = z.infer<typeof ZAttendanceSummary>;

export const ZWorkshop = z
  .object({
    id: ZUuid,
    reviewId: ZUuid,
    title: z.string(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime().nullable(),
    mode: ZWorkshopMode,
    place: z.string(),
    agenda: z.array(z.string()),
    minutes: z.string(),
    outcomes: z.string(),
    organisers: z.array(ZOrganisationRef),
    participants: z.array(ZWorkshopParticipant),
    actionItems: z.array(ZActionItem),
    attendance: ZAttendanceSummary,
    version: z.number().int(),
  })
  .meta({ id: 'Workshop' });
export type TWorkshop = z.infer<typeof ZWorkshop>;

export const ZWorkshopSummary = ZWorkshop.pick({
  id: true,
  title: true,
  startsAt: true,
  mode: true,
  place: true,
  attendance: true,
}).meta({ id: 'WorkshopSummary' });
export type TWorkshopSummary = z.infer<typeof ZWorkshopSummary>;

export const ZWorkshopList = z
  .object({ workshops: z.array(ZWorkshopSummary) })
  .meta({ id: 'ListWorkshopsResponse' });
export type TWorkshopList = z.infer<typeof ZWorkshopList>;

const workshopFields = {
  title: text(300).min(1, 'is required'),
  startsAt: z.iso.datetime({
    offset: true,
    error: 'must be a date and time such as 2020-10-19T09:00:00+08:00',
  }),
  endsAt: z.iso.datetime({ offset: true, error: 'must be a date and time' }).nullable(),
  mode: ZWorkshopMode,
  place: text(300),
  agenda: z.array(text(1000).min(1)).max(30),
  minutes: text(100_000),
  outcomes: text(100_000),
  organiserIds: z.array(ZUuid).max(20),
};

export const ZCreateWorkshopRequest = z
  .object({
    ...workshopFields,
    endsAt: workshopFields.endsAt.optional(),
    mode: workshopFields.mode.default('in_person'),
    place: workshopFields.place.default(''),
    agenda: workshopFields.agenda.default([]),
    minutes: workshopFields.minutes.default(''),
    outcomes: workshopFields.outcomes.default(''),
    organiserIds: workshopFields.organiserIds.default([]),
  })
  .strict()
  .meta({ id: 'CreateWorkshopRequest' });
export type TCreateWorkshopRequest = z.infer<typeof ZCreateWorkshopRequest>;

export const ZUpdateWorkshopRequest = z
  .object(workshopFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict()
  .meta({ id: 'UpdateWorkshopRequest' });
export type TUpdateWorkshopRequest = z.infer<typeof ZUpdateWorkshopRequest>;

export const ZSetParticipantsRequest = z
  .object({
    version: z.number().int().min(1),
    participants: z
      .array(
        z
          .object({
            organisationId: ZUuid,
            personId: ZUuid.nullable().default(null),
            name: text(200).nullable().default(null),
            invited: z.boolean().default(true),
            attended: z.boolean().default(false),
          })
          .strict(),
      )
      .max(500),
  })
  .strict()
  .meta({ id: 'SetParticipantsRequest' });
export type TSetParticipantsRequest = z.infer<typeof ZSetParticipantsRequest>;

export const ZCreateActionItemRequest = z
  .object({
    text: text(2000).min(1, 'is required'),
    ownerOrganisationId: ZUuid.nullable().default(null),
    dueDate: ZIsoDate.nullable().default(null),
  })
  .strict()
  .meta({ id: 'CreateActionItemRequest' });
export type TCreateActionItemRequest = z.infer<typeof ZCreateActionItemRequest>;

export const ZUpdateActionItemRequest = z
  .object({
    version: z.number().int().min(1),
    text: text(2000).min(1).optional(),
    ownerOrganisationId: ZUuid.nullable().optional(),
    dueDate: ZIsoDate.nullable().optional(),
    state: ZActionItemState.optional(),
  })
  .strict()
  .meta({ id: 'UpdateActionItemRequest' });
export type TUpdateActionItemRequest = z.infer<typeof ZUpdateActionItemRequest>;

/** A division-of-labour outcome turned into assignments: questions × organisations × due date. */
export const ZDivisionOfLabourRequest = z
  .object({
    items: z
      .array(
        z
          .object({
            questionCode: z.string().min(1).max(3).check(storableText),
            organisationId: ZUuid,
            role: z.enum(['lead', 'contributing']),
          })
          .strict(),
      )
      .min(1)
      .max(500),
    dueDate: ZIsoDate,
  })
  .strict()
  .meta({ id: 'DivisionOfLabourRequest' });
export type TDivisionOfLabourRequest = z.infer<typeof ZDivisionOfLabourRequest>;

/** The assignments a division of labour created. */
export const ZDivisionOfLabourResponse = z
  .object({ assignments: z.array(ZAssignment) })
  .meta({ id: 'DivisionOfLabourResponse' });
export type TDivisionOfLabourResponse = z.infer<typeof ZDivisionOfLabourResponse>;

/** A draft of question 9 (methodology) generated from the recorded workshops. */
export const ZMethodologyDraft = z.object({ body: z.string() }).meta({ id: 'MethodologyDraft' });
export type TMethodologyDraft = z.infer<typeof ZMethodologyDraft>;
