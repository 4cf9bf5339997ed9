import type { TReference } from '@gcm/domain';
import { Field } from '../../../components/ui/field';
import { errorFor, type FieldErrors } from '../../../lib/form-errors';
import type { ReferenceRow } from '../hooks/use-contribution-draft';

interface ReferencesEditorProps {
  rows: ReferenceRow[];
  onChange: (update: (rows: ReferenceRow[]) => ReferenceRow[]) => void;
  errors: FieldErrors;
}

let nextKey = 1_000_000;

/** Policy documents, laws, reports the answer relies on: a title and, when there is one, a link. */
export function ReferencesEditor({ rows, onChange, errors }: ReferencesEditorProps) {
  return (
    <section className="references" aria-labelledby="references-title">
      <h3 id="references-title">References</h3>
      <p className="field__hint">Policy documents, laws, statistics or reports your answer relies on.</p>
      {rows.length === 0 ? <p className="muted">No references yet.</p> : null}
      <ol className="references__list">
        {rows.map((row, index) => (
          <li key={row.key} className="references__row" data-testid="reference-row">
            <Field
              label={`Reference ${index + 1} title`}
              error={errorFor(errors, `references.${index}.title`)}
            >
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={row.title}
                  onChange={(event) =>
                    onChange((current) =>
                      current.map((r) => (r.key === row.key ? { ...r, title: event.target.value } : r)),
                    )
                  }
                />
              )}
            </Field>
            <Field
              label={`Reference ${index + 1} link`}
              error={errorFor(errors, `references.${index}.url`)}
              hint="Optional, starting with https://"
            >
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type="url"
                  inputMode="url"
                  value={row.url}
                  onChange={(event) =>
                    onChange((current) =>
                      current.map((r) => (r.key === row.key ? { ...r, url: event.target.value } : r)),
                    )
                  }
                />
              )}
            </Field>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onChange((current) => current.filter((r) => r.key !== row.key))}
            >
              Remove<span className="visually-hidden"> reference {index + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange((current) => [...current, { key: ++nextKey, title: '', url: '' }])}
      >
        Add a reference
      </button>
    </section>
  );
}

export function ReferencesList({ references }: { references: TReference[] }) {
  return (
    <section className="references" aria-labelledby="references-title">
      <h3 id="references-title">References</h3>
      {references.length === 0 ? (
        <p className="muted">No references.</p>
      ) : (
        <ol className="references__list">
          {references.map((reference, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: references have no id of their own
            <li key={index}>
              {reference.url ? (
                <a href={reference.url} target="_blank" rel="noreferrer noopener">
                  {reference.title}
                </a>
              ) : (
                reference.title
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
