import type { ReactNode } from 'react';
import { toggle } from './vote-form-model';

/** One person or organisation that may be given a ballot. */
export interface VoterChoice {
  id: string;
  /** What follows the checkbox: a name and, muted, what tells it apart. */
  label: ReactNode;
}

/** A quick selection above the list, e.g. "Select all stakeholders". */
export interface VoterPreset {
  label: string;
  ids: string[];
}

/** The voters to tick, with quick selections and a Clear button above them. */
export function VoterChecklist({
  choices,
  selected,
  onChange,
  presets,
}: {
  choices: readonly VoterChoice[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  presets: readonly VoterPreset[];
}) {
  return (
    <>
      <div className="toolbar">
        {presets.map((preset) => (
          <button
            key={preset.label}
            type="button"
            className="button button--secondary"
            onClick={() => onChange(preset.ids)}
          >
            {preset.label}
          </button>
        ))}
        <button type="button" className="button button--secondary" onClick={() => onChange([])}>
          Clear
        </button>
      </div>
      <ul className="check-list" data-testid="voter-list">
        {choices.map((choice) => (
          <li key={choice.id}>
            <label className="choice">
              <input
                type="checkbox"
                checked={selected.includes(choice.id)}
                onChange={(event) => onChange(toggle(selected, choice.id, event.target.checked))}
              />{' '}
              {choice.label}
            </label>
          </li>
        ))}
      </ul>
    </>
  );
}
