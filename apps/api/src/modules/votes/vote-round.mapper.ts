import {
  formatInstant,
  type TLocale,
  type TVoteRound,
  type TVoteRoundState,
  type TVoteRules,
  ZVoteRules,
} from '@gcm/domain';
import type { RoundRow } from './vote-rounds.repository';

type RoundTimes = { opensAt: Date; closesAt: Date; closedAt: Date | null; finalisedAt: Date | null };

/** When the round stopped taking ballots (closed early or reached its closing time), or null. */
export function closedAtOf(round: RoundTimes, now: Date): Date | null {
  if (round.closedAt) return round.closedAt;
  return now >= round.closesAt ? round.closesAt : null;
}

/** Scheduled before it opens, open until its closing time (or an early close), then closed; finalised last. */
export function roundState(round: RoundTimes, now: Date): TVoteRoundState {
  if (round.finalisedAt) return 'finalised';
  if (closedAtOf(round, now)) return 'closed';
  return now < round.opensAt ? 'scheduled' : 'open';
}

/** "27 November 2026 at 18:00 (Asia/Ulaanbaatar)", in `locale` (the e-mails' reader's). */
export function momentText(value: Date, timeZone: string, locale: TLocale = 'en'): string {
  return `${formatInstant(value, timeZone, 'dateTimeZone', locale)} (${timeZone})`;
}

export function rulesOf(row: Pick<RoundRow, 'rules'>): TVoteRules {
  return ZVoteRules.parse(row.rules);
}

export interface RoundFacts {
  ballots: number;
  eligible: number;
  me: { eligible: boolean; voted: boolean };
}

export function toVoteRound(row: RoundRow, facts: RoundFacts, now: Date): TVoteRound {
  return {
    id: row.id,
    reviewId: row.reviewId,
    workshopId: row.workshopId,
    title: row.title,
    method: row.method,
    rules: rulesOf(row),
    options: row.options,
    eligibility: row.eligibility,
    secret: row.secret,
    resultsHidden: row.resultsHidden,
    quorum: row.quorum,
    opensAt: row.opensAt.toISOString(),
    closesAt: row.closesAt.toISOString(),
    closedEarlyAt: row.closedAt && row.closedAt < row.closesAt ? row.closedAt.toISOString() : null,
    state: roundState(row, now),
    turnout: { ballots: facts.ballots, eligible: facts.eligible },
    me: facts.me,
    version: row.version,
  };
}
