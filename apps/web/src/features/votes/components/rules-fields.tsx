import { Checkbox } from '../../../components/ui/checkbox';
import { NumberField } from '../../../components/ui/number-field';
import { errorFor } from '../../../lib/form-errors';
import type { VoteFormPartProps } from './vote-form-model';

/** The settings of the chosen method: picks, points, ranks or the score scale. */
export function RulesFields({ form, set, errors }: VoteFormPartProps) {
  switch (form.method) {
    case 'approval':
      return (
        <NumberField
          label="Most objectives a voter may pick"
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
            label="Points per voter"
            value={form.budget}
            onChange={(value) => set('budget', value)}
            error={errorFor(errors, 'rules.budget')}
            min={1}
            max={200}
          />
          <NumberField
            label="Most points on one objective"
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
            label="No limit: voters rank as many objectives as they like"
            checked={form.unlimitedRanks}
            onChange={(value) => set('unlimitedRanks', value)}
          />
          <NumberField
            label="Most objectives a voter may rank"
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
      return <p className="muted">Voters give each objective a score from 0 to 5.</p>;
  }
}
