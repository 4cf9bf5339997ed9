import { formatInstant } from '@gcm/domain';
import { joinWithAnd } from './attendance';

export interface MethodologyWorkshop {
  title: string;
  startsAt: Date;
  /** Organisers, the convening one first. */
  organisers: readonly { name: string }[];
  attendanceText: string;
  agenda: readonly string[];
  outcomes: string;
}

export interface MethodologyVote {
  title: string;
  eligibility: 'person' | 'organisation';
  ballots: number;
  eligible: number;
  priorities: number;
}

/** "19 October 2020": the workshop's date where it took place (the review's time zone). */
export function longDate(value: Date, timeZone: string): string {
  return formatInstant(value, timeZone, 'date');
}

/**
 * An organisation's name as the subject of a sentence: "the Ministry of Foreign Affairs of
 * Mongolia", but "IOM Mongolia" or "UNDP" (names led by an acronym take no article).
 */
export function organisationPhrase(name: string): string {
  const trimmed = name.trim();
  if (/^the\s/i.test(trimmed)) return `the ${trimmed.slice(4).trim()}`;
  const firstWord = trimmed.split(/\s+/)[0] ?? '';
  return /^[A-Z0-9]{2,}$/.test(firstWord) ? trimmed : `the ${trimmed}`;
}

function workshopBlock(workshop: MethodologyWorkshop, timeZone: string): string {
  const date = longDate(workshop.startsAt, timeZone);
  const [convener, ...partners] = workshop.organisers.map((organiser) => organisationPhrase(organiser.name));
  const title = `"${workshop.title}"`;
  const opening = convener
    ? partners.length
      ? `On ${date}, ${convener}, in cooperation with ${joinWithAnd(partners)}, organized the workshop ${title}.`
      : `On ${date}, ${convener} organized the workshop ${title}.`
    : `On ${date}, the workshop ${title} was held.`;
  const sentences = [opening];
  if (workshop.attendanceText) {
    sentences.push(`It was attended by representatives of ${workshop.attendanceText}.`);
  }
  let block = sentences.join(' ');
  if (workshop.agenda.length > 0) {
    block += ` The workshop aimed to:\n${workshop.agenda.map((item) => `- ${item}`).join('\n')}`;
  }
  const outcomes = workshop.outcomes.trim();
  return outcomes ? `${block}\n\n${outcomes}` : block;
}

function voteSentence(vote: MethodologyVote): string {
  const voters = vote.eligibility === 'organisation' ? 'organisations' : 'voters';
  const objectives = `${vote.priorities} priority GCM objective${vote.priorities === 1 ? '' : 's'}`;
  return `The priorities were then put to the vote "${vote.title}" (${vote.ballots} of ${vote.eligible} eligible ${voters} took part), which led to the list of ${objectives} presented in question 7.`;
}

/**
 * A draft answer to question 9 (methodology) from what was recorded: one block per workshop in
 * date order (who organised it, who attended, what it aimed at, its outcomes), then a sentence on
 * the finalised priority vote. Empty when there is nothing recorded.
 */
export function methodologyDraft(
  workshops: readonly MethodologyWorkshop[],
  vote: MethodologyVote | null,
  timeZone: string,
): string {
  const blocks = [...workshops]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((workshop) => workshopBlock(workshop, timeZone));
  if (vote) blocks.push(voteSentence(vote));
  return blocks.join('\n\n');
}
