import type {
  TLocale,
  TOrganisationType,
  TVoteMethod,
  TVoteRound,
  TVoteRoundState,
  TVoteRules,
} from '@gcm/domain';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { useT } from '../../../lib/i18n/use-t';
import type { Translate } from './use-objective-names';

/** "Approval", "Dot voting (points)", … in the person's language. */
export function voteMethodLabel(t: Translate, method: TVoteMethod): string {
  switch (method) {
    case 'approval':
      return t('votes.method.approval');
    case 'dot':
      return t('votes.method.dot');
    case 'ranked':
      return t('votes.method.ranked');
    case 'score':
      return t('votes.method.score');
  }
}

const STATE_LOOK: Record<TVoteRoundState, { tone: BadgeTone; icon: string }> = {
  scheduled: { tone: 'muted', icon: '○' },
  open: { tone: 'info', icon: '●' },
  closed: { tone: 'warning', icon: '■' },
  finalised: { tone: 'success', icon: '✓' },
};

export function voteStateLabel(t: Translate, state: TVoteRoundState): string {
  switch (state) {
    case 'scheduled':
      return t('votes.state.scheduled');
    case 'open':
      return t('votes.state.open');
    case 'closed':
      return t('votes.state.closed');
    case 'finalised':
      return t('votes.state.finalised');
  }
}

export function VoteStateBadge({ state }: { state: TVoteRoundState }) {
  const t = useT();
  const look = STATE_LOOK[state];
  return (
    <Badge tone={look.tone} icon={look.icon} testId="vote-state">
      {voteStateLabel(t, state)}
    </Badge>
  );
}

/** What a voter may do, in one sentence: "Pick up to 12 objectives." */
export function rulesText(t: Translate, rules: TVoteRules): string {
  switch (rules.method) {
    case 'approval':
      return t('votes.rules.approval', { count: rules.maxPicks });
    case 'dot':
      return t('votes.rules.dot', { budget: rules.budget, max: rules.maxPerOption });
    case 'ranked':
      return rules.maxRanks === null
        ? t('votes.rules.rankedAll')
        : t('votes.rules.ranked', { count: rules.maxRanks });
    case 'score':
      return t('votes.rules.score', { max: rules.maxScore });
  }
}

/** "12 of 16 ballots" */
export function turnoutText(t: Translate, turnout: TVoteRound['turnout']): string {
  return t('votes.turnout', { ballots: turnout.ballots, eligible: turnout.eligible });
}

/** What the main value of a result counts, for a column heading. */
export function measureLabel(t: Translate, method: TVoteMethod): string {
  switch (method) {
    case 'approval':
      return t('votes.measure.approval');
    case 'dot':
      return t('votes.measure.dot');
    case 'ranked':
      return t('votes.measure.ranked');
    case 'score':
      return t('votes.measure.score');
  }
}

/** A result value as shown: averages with two decimals, counts as they are. */
export function formatValue(method: TVoteMethod, value: number): string {
  return method === 'score' ? value.toFixed(2) : String(value);
}

/** "14 points", "3 wins", "4.20 average score" */
export function valueWithUnit(t: Translate, method: TVoteMethod, value: number): string {
  const shown = formatValue(method, value);
  switch (method) {
    case 'approval':
      return t('votes.value.approval', { value, shown });
    case 'dot':
      return t('votes.value.dot', { value, shown });
    case 'ranked':
      return t('votes.value.ranked', { value, shown });
    case 'score':
      return t('votes.value.score', { shown });
  }
}

/** "7", "7 and 10", "7, 10 and 12" in the person's language (English without the serial comma). */
export function listText(locale: TLocale, items: readonly (string | number)[]): string {
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' }).format(
    items.map(String),
  );
}

/** "tied with 7", "tied with 7 and 10", "tied with 7, 10 and 12" */
export function tiedWithText(t: Translate, locale: TLocale, objectives: readonly number[]): string {
  return t('votes.tiedWith', { objectives: listText(locale, objectives) });
}

/** "Ministry or agency", "UN entity", … in the person's language. */
export function organisationTypeLabel(t: Translate, type: TOrganisationType): string {
  switch (type) {
    case 'ministry_agency':
      return t('votes.orgType.ministry_agency');
    case 'un_entity':
      return t('votes.orgType.un_entity');
    case 'ngo':
      return t('votes.orgType.ngo');
    case 'academia':
      return t('votes.orgType.academia');
    case 'other':
      return t('votes.orgType.other');
  }
}
