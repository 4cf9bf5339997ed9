import { ORGANISATION_TYPE_LABELS, type TDirectoryImportResult, type TDirectoryImportRow } from '@gcm/domain';
import { DataTable } from '../../../components/ui/data-table';
import { plural } from '../../../lib/labels';

const ORGANISATION_ACTIONS: Record<TDirectoryImportRow['organisationAction'], string> = {
  new: 'New organisation',
  existing: 'Organisation already in the directory',
};

const PERSON_ACTIONS: Record<TDirectoryImportRow['personAction'], string> = {
  new: 'new person',
  existing: 'person already in the directory',
  none: 'no contact',
};

/** The rows that have at least one error. */
export function invalidRowCount(result: TDirectoryImportResult): number {
  return result.rows.filter((row) => row.errors.length > 0).length;
}

/** True when the file may be imported: something in it, and nothing wrong with it. */
export function importable(result: TDirectoryImportResult): boolean {
  return result.fileErrors.length === 0 && result.rows.length > 0 && invalidRowCount(result) === 0;
}

function PreviewRow({ row }: { row: TDirectoryImportRow }) {
  const invalid = row.errors.length > 0;
  return (
    <tr
      data-testid="import-row"
      data-invalid={invalid || undefined}
      className={invalid ? 'cell--danger' : undefined}
    >
      <th scope="row" data-label="Line">
        {row.line}
      </th>
      <td data-label="Organisation">
        {row.organisation}
        {row.shortName ? <span className="muted"> ({row.shortName})</span> : null}
      </td>
      <td data-label="Type">
        {row.type ? ORGANISATION_TYPE_LABELS[row.type] : <span className="muted">None</span>}
      </td>
      <td data-label="Contact">
        {row.contactName || row.contactEmail ? (
          <>
            {row.contactName}
            {row.contactEmail ? <span className="block">{row.contactEmail}</span> : null}
            {row.contactTitle ? <span className="muted block">{row.contactTitle}</span> : null}
          </>
        ) : (
          <span className="muted">None</span>
        )}
      </td>
      <td data-label="What will happen">
        {invalid ? (
          <>
            <strong>Not valid: </strong>
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
          `${ORGANISATION_ACTIONS[row.organisationAction]}, ${PERSON_ACTIONS[row.personAction]}`
        )}
      </td>
    </tr>
  );
}

/** What an import would do, row by row, with the file's own problems above. */
export function ImportPreview({ result }: { result: TDirectoryImportResult }) {
  const invalid = invalidRowCount(result);
  return (
    <section className="card" aria-labelledby="import-preview-title" data-testid="import-preview">
      <h2 id="import-preview-title">What the file holds</h2>
      {result.fileErrors.length > 0 ? (
        <div className="error-panel" role="alert" data-testid="file-errors">
          <h3 className="error-panel__title">The file cannot be imported as it is</h3>
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
        {plural(result.organisationsNew, 'new organisation', 'new organisations')},{' '}
        {plural(result.peopleNew, 'new person', 'new people')}, {plural(invalid, 'row', 'rows')} with errors.
      </p>
      {result.rows.length > 0 ? (
        <DataTable
          caption="The rows of the file and what importing them would do"
          columns={['Line', 'Organisation', 'Type', 'Contact', 'What will happen']}
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
