import { Fieldset } from '../../../components/ui/field';
import { errorFor } from '../../../lib/form-errors';
import { ALL_OBJECTIVE_NUMBERS, groupByCluster } from '../../../lib/objectives';
import { toggle, type VoteFormPartProps } from './vote-form-model';

/** All 23 objectives on the ballot, or the ones chosen by cluster. */
export function ObjectivesFields({ form, set, errors }: VoteFormPartProps) {
  return (
    <Fieldset legend="Objectives on the ballot" error={errorFor(errors, 'options')}>
      <label className="choice">
        <input
          type="radio"
          name="objectives-scope"
          checked={form.allObjectives}
          onChange={() => set('allObjectives', true)}
        />{' '}
        All 23 GCM objectives
      </label>
      <label className="choice">
        <input
          type="radio"
          name="objectives-scope"
          checked={!form.allObjectives}
          onChange={() => set('allObjectives', false)}
        />{' '}
        Choose the objectives
      </label>
      {form.allObjectives ? null : (
        <div className="objective-groups">
          {groupByCluster(ALL_OBJECTIVE_NUMBERS).map((group) => (
            <fieldset key={group.cluster} className="fieldset objective-group">
              <legend className="field__label">{group.title}</legend>
              <ul className="check-list">
                {group.objectives.map((objective) => (
                  <li key={objective.number}>
                    <label className="choice">
                      <input
                        type="checkbox"
                        checked={form.objectives.includes(objective.number)}
                        onChange={(event) =>
                          set('objectives', toggle(form.objectives, objective.number, event.target.checked))
                        }
                      />{' '}
                      Objective {objective.number} — {objective.title}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <p className="muted" aria-live="polite">
            {form.objectives.length} of 23 objectives chosen.
          </p>
        </div>
      )}
    </Fieldset>
  );
}
