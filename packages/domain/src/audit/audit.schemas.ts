import { z } from 'zod';
import { ZPersonRef, ZUuid } from '../shared/primitives.schemas';

export const ZAuditEvent = z
  .object({
    id: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    questionCode: z.string().nullable(),
    actor: ZPersonRef.nullable(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'AuditEvent' });
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZListAuditQuery = z
  .object({
    questionId: ZUuid.optional(),
    before: z
      .string()
      .regex(/^[0-9]{1,19}$/, 'must be an event id')
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
  })
  .strict()
  .meta({ id: 'ListAuditQuery' });
export type TListAuditQuery = z.infer<typeof ZListAuditQuery>;

export const ZListAuditResponse = z
  .object({ events: z.array(ZAuditEvent), nextBefore: z.string().nullable() })
  .meta({ id: 'ListAuditResponse' });
export type TListAuditResponse = z.infer<typeof ZListAuditResponse>;
