import { Checkbox } from '../../../components/ui/checkbox';
import { NumberField } from '../../../components/ui/number-field';
import { errorFor } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import type { VoteFormPartProps } from './vote-form-model';

/** The settings of the chosen method: picks, points, ranks or the score scale. */
export function RulesFields({ form, set, errors }: VoteFormPartProps) {
  const t = useT();
  switch (form.method) {
    case 'approval':
      return (
        <NumberField
          label={t('votes.new.rules.maxPicks')}
          value={form.maxPicks}
          onChange={(value) => set('maxPicks', value)}
          error={errorFor(errors, 'rules.maxPicks')}
          min={1}
          max={23}
        />
      );
    case 'dot':
      return (
        <div className="form form--grid">
          <NumberField
            label={t('votes.new.rules.budget')}
            value={form.budget}
            onChange={(value) => set('budget', value)}
            error={errorFor(errors, 'rules.budget')}
            min={1}
            max={200}
          />
          <NumberField
            label={t('votes.new.rules.maxPerOption')}
            value={form.maxPerOption}
            onChange={(value) => set('maxPerOption', value)}
            error={errorFor(errors, 'rules.maxPerOption')}
            min={1}
            max={200}
          />
        </div>
      );
    case 'ranked':
      return (
        <>
          <Checkbox
            label={t('votes.new.rules.unlimitedRanks')}
            checked={form.unlimitedRanks}
            onChange={(value) => set('unlimitedRanks', value)}
          />
          <NumberField
            label={t('votes.new.rules.maxRanks')}
            value={form.maxRanks}
            onChange={(value) => set('maxRanks', value)}
            error={errorFor(errors, 'rules.maxRanks')}
            min={1}
            max={23}
            disabled={form.unlimitedRanks}
          />
        </>
      );
    case 'score':
      return <p className="muted">{t('votes.new.rules.score', { max: 5 })}</p>;
  }
}
