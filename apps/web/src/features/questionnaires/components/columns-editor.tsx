import { useEffect, useId, useRef, useState } from 'react';
import { Fieldset } from '../../../components/ui/field';
import { errorFor, type FieldErrors } from '../../../lib/form-errors';

interface ColumnsEditorProps {
  titles: string[];
  onChange: (titles: string[]) => void;
  /** Keyed "answer.columns.<index>.title" (the contract's paths). */
  errors: FieldErrors;
}

/** The column titles of a new table question, in order; at least one, at most eight. */
export function ColumnsEditor({ titles, onChange, errors }: ColumnsEditorProps) {
  const id = useId();
  const inputs = useRef(new Map<number, HTMLInputElement>());
  const [focusAt, setFocusAt] = useState<number | null>(null);
  useEffect(() => {
    if (focusAt === null) return;
    inputs.current.get(focusAt)?.focus();
    setFocusAt(null);
  }, [focusAt]);
  const whole = errors['answer.columns'];
  return (
    <Fieldset legend="Columns" error={whole} hint="One title per column, as the table's heading shows it.">
      <ol className="plain-list">
        {titles.map((title, index) => {
          const error = errorFor(errors, `answer.columns.${index}`);
          const errorId = `${id}-${index}-error`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the inputs are controlled, the place is the identity
            <li key={index} className="inline-field">
              <input
                className="input"
                aria-label={`Column ${index + 1} title`}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                value={title}
                ref={(element) => {
                  if (element) inputs.current.set(index, element);
                  else inputs.current.delete(index);
                }}
                onChange={(event) =>
                  onChange(titles.map((other, at) => (at === index ? event.target.value : other)))
                }
              />{' '}
              {titles.length > 1 ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    onChange(titles.filter((_, at) => at !== index));
                    setFocusAt(Math.min(index, titles.length - 2));
                  }}
                >
                  Remove<span className="visually-hidden"> column {index + 1}</span>
                </button>
              ) : null}
              {error ? (
                <p className="field__error" id={errorId}>
                  {error}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {titles.length < 8 ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            onChange([...titles, '']);
            setFocusAt(titles.length);
          }}
        >
          Add a column
        </button>
      ) : null}
    </Fieldset>
  );
}
