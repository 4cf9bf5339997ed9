import { IANAZone } from 'luxon';

/**
 * Time zones resolved once per process. luxon checks a zone name by constructing an
 * `Intl.DateTimeFormat` for it, every time it is asked; on a list of 600 assignments that was two
 * formatters a row, most of a request's CPU and memory that grew outside the JS heap. Here a name
 * is checked once and its luxon zone (which keeps one formatter per zone) is kept.
 */

/** Far more names than the IANA database holds: the cap only stops odd spellings from piling up. */
const MAX_ZONES = 2_000;
const zones = new Map<string, IANAZone>();

/** The luxon zone of an IANA time zone name, or null when the name is not one. */
export function resolveZone(timeZone: string): IANAZone | null {
  const known = zones.get(timeZone);
  if (known) return known;
  if (timeZone.length === 0 || !IANAZone.isValidZone(timeZone)) return null;
  if (zones.size >= MAX_ZONES) zones.clear();
  const zone = IANAZone.create(timeZone);
  zones.set(timeZone, zone);
  return zone;
}
