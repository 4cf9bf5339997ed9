import type { TVoteMethod, TVoteRound, TVoteRoundState, TVoteRules } from '@gcm/domain';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { plural } from '../../../lib/labels';

export const VOTE_METHOD_LABELS: Record<TVoteMethod, string> = {
  approval: 'Approval',
  dot: 'Dot voting (points)',
  ranked: 'Ranked (Schulze, with Borda)',
  score: 'Score (0–5)',
};

const STATE_LOOK: Record<TVoteRoundState, { label: string; tone: BadgeTone; icon: string }> = {
  scheduled: { label: 'Scheduled', tone: 'muted', icon: '○' },
  open: { label: 'Open', tone: 'info', icon: '●' },
  closed: { label: 'Closed', tone: 'warning', icon: '■' },
  finalised: { label: 'Finalised', tone: 'success', icon: '✓' },
};

export function VoteStateBadge({ state }: { state: TVoteRoundState }) {
  const look = STATE_LOOK[state];
  return (
    <Badge tone={look.tone} icon={look.icon} testId="vote-state">
      {look.label}
    </Badge>
  );
}

/** What a voter may do, in one sentence: "Pick up to 12 objectives." */
export function rulesText(rules: TVoteRules): string {
  switch (rules.method) {
    case 'approval':
      return `Pick up to ${plural(rules.maxPicks, 'objective', 'objectives')}.`;
    case 'dot':
      return `Spread ${plural(rules.budget, 'point', 'points')}, at most ${rules.maxPerOption} on one objective.`;
    case 'ranked':
      return rules.maxRanks === null
        ? 'Rank as many objectives as you like, most important first.'
        : `Rank up to ${plural(rules.maxRanks, 'objective', 'objectives')}, most important first.`;
    case 'score':
      return `Score each objective from 0 to ${rules.maxScore}.`;
  }
}

/** "12 of 16 ballots" */
export function turnoutText(turnout: TVoteRound['turnout']): string {
  return `${turnout.ballots} of ${plural(turnout.eligible, 'ballot', 'ballots')}`;
}

/** What the main value of a result counts, for a column heading. */
export const MEASURE_LABELS: Record<TVoteMethod, string> = {
  approval: 'Approvals',
  dot: 'Points',
  ranked: 'Schulze wins',
  score: 'Average score',
};

/** A result value as shown: averages with two decimals, counts as they are. */
export function formatValue(method: TVoteMethod, value: number): string {
  return method === 'score' ? value.toFixed(2) : String(value);
}

const UNITS: Record<TVoteMethod, [string, string]> = {
  approval: ['approval', 'approvals'],
  dot: ['point', 'points'],
  ranked: ['win', 'wins'],
  score: ['average score', 'average score'],
};

/** "14 points", "3 wins", "4.20 average score" */
export function valueWithUnit(method: TVoteMethod, value: number): string {
  const [one, many] = UNITS[method];
  return `${formatValue(method, value)} ${value === 1 ? one : many}`;
}

/** "tied with 7", "tied with 7 and 10", "tied with 7, 10 and 12" */
export function tiedWithText(objectives: readonly number[]): string {
  if (objectives.length <= 1) return `tied with ${objectives.join('')}`;
  return `tied with ${objectives.slice(0, -1).join(', ')} and ${objectives[objectives.length - 1]}`;
}
