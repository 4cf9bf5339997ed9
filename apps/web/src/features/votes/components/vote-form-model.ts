import { isoToZonedInput, type TVoteMethod, type TVoteRules, zonedInputToIso } from '@gcm/domain';
import type { FieldErrors } from '../../../lib/form-errors';

/** The new-vote form as typed, and how it becomes the request the contract checks. */
export interface VoteForm {
  title: string;
  method: TVoteMethod;
  /** Numbers as typed, so an empty box is refused with the contract's message. */
  maxPicks: string;
  budget: string;
  maxPerOption: string;
  maxRanks: string;
  unlimitedRanks: boolean;
  allObjectives: boolean;
  objectives: number[];
  eligibility: 'person' | 'organisation';
  personIds: string[];
  organisationIds: string[];
  secret: boolean;
  resultsHidden: boolean;
  quorum: string;
  opensAt: string;
  closesAt: string;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export function initialVoteForm(timeZone: string, now: Date = new Date()): VoteForm {
  return {
    title: 'Priority GCM objectives',
    method: 'ranked',
    maxPicks: '12',
    budget: '10',
    maxPerOption: '3',
    maxRanks: '12',
    unlimitedRanks: true,
    allObjectives: true,
    objectives: [],
    eligibility: 'person',
    personIds: [],
    organisationIds: [],
    secret: false,
    resultsHidden: false,
    quorum: '',
    // Voting opens now and closes a week later, in the review's time zone.
    opensAt: isoToZonedInput(now.toISOString(), timeZone),
    closesAt: isoToZonedInput(new Date(now.getTime() + WEEK_MS).toISOString(), timeZone),
  };
}

/** "" → NaN, so that zod refuses an empty box instead of leaving the setting out. */
function toNumber(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

export function rulesFrom(form: VoteForm): TVoteRules {
  switch (form.method) {
    case 'approval':
      return { method: 'approval', maxPicks: toNumber(form.maxPicks) };
    case 'dot':
      return { method: 'dot', budget: toNumber(form.budget), maxPerOption: toNumber(form.maxPerOption) };
    case 'ranked':
      return { method: 'ranked', maxRanks: form.unlimitedRanks ? null : toNumber(form.maxRanks) };
    case 'score':
      return { method: 'score', maxScore: 5 };
  }
}

/** The form as POST /reviews/:id/votes takes it; checked with the contract before sending. */
export function voteRoundRequest(form: VoteForm, timeZone: string): Record<string, unknown> {
  return {
    title: form.title,
    rules: rulesFrom(form),
    ...(form.allObjectives ? {} : { options: [...form.objectives].sort((a, b) => a - b) }),
    eligibility: form.eligibility,
    voterIds: form.eligibility === 'person' ? form.personIds : form.organisationIds,
    secret: form.secret,
    resultsHidden: form.resultsHidden,
    quorum: form.quorum.trim() === '' ? null : toNumber(form.quorum),
    opensAt: zonedInputToIso(form.opensAt, timeZone),
    closesAt: zonedInputToIso(form.closesAt, timeZone),
  };
}

/** `list` with `item` in it (on) or without it (off). */
export function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((other) => other !== item);
}

/** Sets one field of the form (the form's own rules, e.g. secret → hidden results, apply). */
export type SetVoteField = <K extends keyof VoteForm>(key: K, value: VoteForm[K]) => void;

/** What every part of the form receives. */
export interface VoteFormPartProps {
  form: VoteForm;
  set: SetVoteField;
  errors: FieldErrors;
}
