import type { TVoteResults } from '@gcm/domain';
import { SelectField } from '../../../components/ui/select-field';
import { objectiveLabel } from '../../../lib/objectives';
import { type FocusTarget, ordinal } from './priority-list';

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
  return (
    <div className="chips__add">
      <SelectField label="Add an objective" ref={register('add')} value={value} onChange={onChange}>
        <option value="">Choose…</option>
        {remaining.map((entry) => (
          <option key={entry.objective} value={entry.objective}>
            {objectiveLabel(entry.objective)} ({ordinal(entry.rank)})
          </option>
        ))}
      </SelectField>
      <button type="button" className="button button--secondary" onClick={onAdd} disabled={value === ''}>
        Add
      </button>
    </div>
  );
}
