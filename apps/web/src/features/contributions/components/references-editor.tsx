import type { TReference } from '@gcm/domain';
import { useIntl } from 'react-intl';
import { Field } from '../../../components/ui/field';
import { errorFor, type FieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import type { ReferenceRow } from '../hooks/use-contribution-draft';

interface ReferencesEditorProps {
  rows: ReferenceRow[];
  onChange: (update: (rows: ReferenceRow[]) => ReferenceRow[]) => void;
  errors: FieldErrors;
}

let nextKey = 1_000_000;

/** Policy documents, laws, reports the answer relies on: a title and, when there is one, a link. */
export function ReferencesEditor({ rows, onChange, errors }: ReferencesEditorProps) {
  const t = useT();
  const intl = useIntl();
  return (
    <section className="references" aria-labelledby="references-title">
      <h3 id="references-title">{t('contribution.references.title')}</h3>
      <p className="field__hint">{t('contribution.references.hint')}</p>
      {rows.length === 0 ? <p className="muted">{t('contribution.references.noneYet')}</p> : null}
      <ol className="references__list">
        {rows.map((row, index) => (
          <li key={row.key} className="references__row" data-testid="reference-row">
            <Field
              label={t('contribution.references.rowTitle', { number: index + 1 })}
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
              label={t('contribution.references.rowLink', { number: index + 1 })}
              error={errorFor(errors, `references.${index}.url`)}
              hint={t('contribution.references.linkHint')}
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
              {intl.formatMessage(
                { id: 'contribution.references.remove' },
                { number: index + 1, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> },
              )}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange((current) => [...current, { key: ++nextKey, title: '', url: '' }])}
      >
        {t('contribution.references.add')}
      </button>
    </section>
  );
}

export function ReferencesList({ references }: { references: TReference[] }) {
  const t = useT();
  return (
    <section className="references" aria-labelledby="references-title">
      <h3 id="references-title">{t('contribution.references.title')}</h3>
      {references.length === 0 ? (
        <p className="muted">{t('contribution.references.none')}</p>
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
