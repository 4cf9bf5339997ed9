import type { TVoteResults } from '@gcm/domain';
import { SelectField } from '../../../components/ui/select-field';
import { useT } from '../../../lib/i18n/use-t';
import type { FocusTarget } from './priority-list';
import { objectiveNames } from './use-objective-names';

/** Puts back an objective of the results that is not on the list. */
export function AddObjective({
  remaining,
  value,
  onChange,
  onAdd,
  register,
}: {
  remaining: TVoteResults['ranking'];
  value: string;
  onChange: (value: string) => void;
  onAdd: () => void;
  register: (key: FocusTarget) => (element: HTMLElement | null) => void;
}) {
  const t = useT();
  const names = objectiveNames(t);
  return (
    <div className="chips__add">
      <SelectField label={t('votes.add.label')} ref={register('add')} value={value} onChange={onChange}>
        <option value="">{t('votes.add.choose')}</option>
        {remaining.map((entry) => (
          <option key={entry.objective} value={entry.objective}>
            {t('votes.add.option', { label: names.label(entry.objective), rank: entry.rank })}
          </option>
        ))}
      </SelectField>
      <button type="button" className="button button--secondary" onClick={onAdd} disabled={value === ''}>
        {t('votes.add.button')}
      </button>
    </div>
  );
}
