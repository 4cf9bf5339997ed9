import { ORGANISATION_TYPES, type TAttendanceSummary, type TOrganisationRef } from '@gcm/domain';

/** How a methodology text names organisations of each type: [one, many]. */
const TYPE_NOUNS: Record<TOrganisationRef['type'], [string, string]> = {
  ministry_agency: ['government institution', 'government institutions'],
  un_entity: ['UN entity', 'UN entities'],
  ngo: ['NGO', 'NGOs'],
  academia: ['academic institution', 'academic institutions'],
  other: ['other organisation', 'other organisations'],
};

/** "A", "A and B", "A, B and C". */
export function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Who came, counted as question 9 of the survey words it: organisations (and people) of each type
 * among the participants marked as attended, e.g. "7 government institutions, 9 UN entities and
 * 1 NGO". The text is empty while no attendance is recorded.
 */
export function attendanceSummary(
  participants: readonly { attended: boolean; organisation: Pick<TOrganisationRef, 'id' | 'type'> }[],
): TAttendanceSummary {
  const attended = participants.filter((participant) => participant.attended);
  const byType = ORGANISATION_TYPES.map((type) => {
    const ofType = attended.filter((participant) => participant.organisation.type === type);
    return {
      type,
      organisations: new Set(ofType.map((participant) => participant.organisation.id)).size,
      people: ofType.length,
    };
  }).filter((entry) => entry.people > 0);
  const text = joinWithAnd(
    byType.map(({ type, organisations }) => {
      const [one, many] = TYPE_NOUNS[type];
      return `${organisations} ${organisations === 1 ? one : many}`;
    }),
  );
  return {
    byType,
    organisations: new Set(attended.map((participant) => participant.organisation.id)).size,
    people: attended.length,
    text,
  };
}
