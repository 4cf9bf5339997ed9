import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (so not 2021-02-29 nor 2020-13-01). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromFormat(value, 'yyyy-MM-dd', { zone: 'UTC' }).isValid;
}

/** True for a time zone of the IANA database, such as Asia/Ulaanbaatar or UTC. */
export function isTimeZone(value: string): boolean {
  return value.length > 0 && IANAZone.isValidZone(value);
}

export const ZIsoDate = z.string().refine(isIsoDate, { error: 'must be a date in the form YYYY-MM-DD' });

export const ZTimeZone = z
  .string()
  .refine(isTimeZone, { error: 'must be an IANA time zone such as Asia/Ulaanbaatar' });
