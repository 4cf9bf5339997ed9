import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Fieldset } from '../../../components/ui/field';
import { errorFor, type FieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

interface ColumnsEditorProps {
  titles: string[];
  onChange: (titles: string[]) => void;
  /** Keyed "answer.columns.<index>.title" (the contract's paths). */
  errors: FieldErrors;
}

/** The column titles of a new table question, in order; at least one, at most eight. */
export function ColumnsEditor({ titles, onChange, errors }: ColumnsEditorProps) {
  const t = useT();
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
    <Fieldset
      legend={t('questionnaires.columns.legend')}
      error={whole}
      hint={t('questionnaires.columns.hint')}
    >
      <ol className="plain-list">
        {titles.map((title, index) => {
          const error = errorFor(errors, `answer.columns.${index}`);
          const inputId = `${id}-${index}`;
          const errorId = `${inputId}-error`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the inputs are controlled, the place is the identity
            <li key={index} className="inline-field">
              <label className="visually-hidden" htmlFor={inputId}>
                {t('questionnaires.columns.title', { number: index + 1 })}
              </label>
              <input
                id={inputId}
                className="input"
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
                  <FormattedMessage
                    id="questionnaires.columns.remove"
                    values={{ number: index + 1, hidden }}
                  />
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
          {t('questionnaires.columns.add')}
        </button>
      ) : null}
    </Fieldset>
  );
}
