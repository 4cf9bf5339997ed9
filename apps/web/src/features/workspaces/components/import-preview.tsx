import type { TDirectoryImportResult, TDirectoryImportRow } from '@gcm/domain';
import { DataTable } from '../../../components/ui/data-table';
import { useT } from '../../../lib/i18n/use-t';

/** The rows that have at least one error. */
export function invalidRowCount(result: TDirectoryImportResult): number {
  return result.rows.filter((row) => row.errors.length > 0).length;
}

/** True when the file may be imported: something in it, and nothing wrong with it. */
export function importable(result: TDirectoryImportResult): boolean {
  return result.fileErrors.length === 0 && result.rows.length > 0 && invalidRowCount(result) === 0;
}

function PreviewRow({ row }: { row: TDirectoryImportRow }) {
  const t = useT();
  const invalid = row.errors.length > 0;
  return (
    <tr
      data-testid="import-row"
      data-invalid={invalid || undefined}
      className={invalid ? 'cell--danger' : undefined}
    >
      <th scope="row" data-label={t('workspaces.preview.col.line')}>
        {row.line}
      </th>
      <td data-label={t('workspaces.col.organisation')}>
        {row.organisation}
        {row.shortName ? <span className="muted"> ({row.shortName})</span> : null}
      </td>
      <td data-label={t('workspaces.col.type')}>
        {row.type ? t(`ui.org.type.${row.type}`) : <span className="muted">{t('workspaces.none')}</span>}
      </td>
      <td data-label={t('workspaces.preview.col.contact')}>
        {row.contactName || row.contactEmail ? (
          <>
            {row.contactName}
            {row.contactEmail ? <span className="block">{row.contactEmail}</span> : null}
            {row.contactTitle ? <span className="muted block">{row.contactTitle}</span> : null}
          </>
        ) : (
          <span className="muted">{t('workspaces.none')}</span>
        )}
      </td>
      <td data-label={t('workspaces.preview.col.outcome')}>
        {invalid ? (
          <>
            <strong>{t('workspaces.preview.invalid')}</strong>
            <ul className="check-list" data-testid="row-errors">
              {row.errors.map((error) => (
                <li key={error} className="check-list__item--error">
                  <span aria-hidden="true">✕ </span>
                  {error}
                </li>
              ))}
            </ul>
          </>
        ) : (
          t('workspaces.preview.outcome', { organisation: row.organisationAction, person: row.personAction })
        )}
      </td>
    </tr>
  );
}

/** What an import would do, row by row, with the file's own problems above. */
export function ImportPreview({ result }: { result: TDirectoryImportResult }) {
  const t = useT();
  const invalid = invalidRowCount(result);
  return (
    <section className="card" aria-labelledby="import-preview-title" data-testid="import-preview">
      <h2 id="import-preview-title">{t('workspaces.preview.title')}</h2>
      {result.fileErrors.length > 0 ? (
        <div className="error-panel" role="alert" data-testid="file-errors">
          <h3 className="error-panel__title">{t('workspaces.preview.fileErrors')}</h3>
          <ul className="check-list">
            {result.fileErrors.map((error) => (
              <li key={error} className="check-list__item--error">
                {error}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p data-testid="import-summary" role="status">
        {t('workspaces.preview.summary', {
          organisations: result.organisationsNew,
          people: result.peopleNew,
          rows: invalid,
        })}
      </p>
      {result.rows.length > 0 ? (
        <DataTable
          caption={t('workspaces.preview.caption')}
          columns={[
            t('workspaces.preview.col.line'),
            t('workspaces.col.organisation'),
            t('workspaces.col.type'),
            t('workspaces.preview.col.contact'),
            t('workspaces.preview.col.outcome'),
          ]}
          stack
          testId="import-rows"
        >
          {result.rows.map((row) => (
            <PreviewRow key={row.line} row={row} />
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
