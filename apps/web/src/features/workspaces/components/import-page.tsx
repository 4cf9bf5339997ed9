import {
  DIRECTORY_IMPORT_MAX_CHARACTERS,
  DIRECTORY_IMPORT_MAX_ROWS,
  type TDirectoryImportResult,
  type TWorkspace,
} from '@gcm/domain';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Field } from '../../../components/ui/field';
import { directoryTemplateUrl } from '../../../lib/downloads';
import { plural } from '../../../lib/labels';
import { refusedImportResult, useImportDirectory } from '../api/import-directory';
import { ImportPreview, importable } from './import-preview';
import { WorkspaceFrame } from './workspace-frame';

interface ChosenFile {
  name: string;
  csv: string;
}

/** The file's text, decoded as UTF-8 (what the template is saved as). */
function fileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file, 'utf-8');
  });
}

/** The chosen file's text, or why it cannot be sent. */
async function readCsv(file: File): Promise<ChosenFile | string> {
  if (file.size === 0) return 'The file is empty. Choose the CSV file you filled in from the template.';
  let csv: string;
  try {
    csv = await fileText(file);
  } catch {
    return 'The file could not be read. Choose it again, or save it once more as CSV.';
  }
  if (csv.length > DIRECTORY_IMPORT_MAX_CHARACTERS) {
    return `The file is longer than ${DIRECTORY_IMPORT_MAX_CHARACTERS.toLocaleString('en-GB')} characters. A country directory is a few hundred rows: split the file in two.`;
  }
  return { name: file.name, csv };
}

function Imported({
  result,
  workspaceId,
  reviewId,
}: {
  result: TDirectoryImportResult;
  workspaceId: string;
  reviewId: string | null;
}) {
  return (
    <div className="notice notice--success" role="status" data-testid="import-done">
      <p>
        The file is imported: {plural(result.organisationsNew, 'new organisation', 'new organisations')} and{' '}
        {plural(result.peopleNew, 'new person', 'new people')} are in the directory.
      </p>
      <p>
        <Link to={`/workspaces/${workspaceId}`}>See the directory</Link>
        {reviewId ? (
          <>
            {' · '}
            <Link to={`/reviews/${reviewId}/people`}>See the review's organisations</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}

function Importer({ workspace, reviewId }: { workspace: TWorkspace; reviewId: string | null }) {
  const check = useImportDirectory(workspace.id);
  const commit = useImportDirectory(workspace.id);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<TDirectoryImportResult | null>(null);
  const [done, setDone] = useState<TDirectoryImportResult | null>(null);
  const review = workspace.reviews.find((candidate) => candidate.id === reviewId);
  const request = (csv: string, write: boolean) => ({
    csv,
    commit: write,
    ...(review ? { reviewId: review.id } : {}),
  });

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    setPreview(null);
    setDone(null);
    check.reset();
    commit.reset();
    const chosen = event.target.files?.[0];
    const read = chosen ? await readCsv(chosen) : null;
    setFile(typeof read === 'string' ? null : read);
    setFileError(typeof read === 'string' ? read : undefined);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setFileError('Choose a CSV file first.');
      return;
    }
    commit.reset();
    check.mutate(request(file.csv, false), { onSuccess: setPreview });
  }

  function runImport() {
    if (!file) return;
    commit.mutate(request(file.csv, true), {
      onSuccess: (result) => (result.committed ? setDone(result) : setPreview(result)),
      // Something changed since the check: the refusal carries the rows as they stand now.
      onError: (error) => setPreview(refusedImportResult(error) ?? preview),
    });
  }

  return (
    <>
      <p className="page__lead">
        Add many organisations and their contacts at once: one row per person, an organisation alone on a row
        without contact. Nothing is written until the whole file is correct; names already in the directory
        are left as they are.
        {review ? ` Every organisation in the file will also take part in ${review.title}.` : ''}
      </p>
      <section className="card" aria-labelledby="import-file-title">
        <h2 id="import-file-title">The file</h2>
        <p>
          <a href={directoryTemplateUrl(workspace.id)} download>
            Download the template (CSV)
          </a>
          , fill it in with a spreadsheet, save it as CSV and choose it here.
        </p>
        <form className="form" noValidate onSubmit={submit} aria-label="Check the CSV file">
          <Field
            label="CSV file"
            error={fileError}
            hint={`UTF-8, comma- or semicolon-separated, at most ${DIRECTORY_IMPORT_MAX_ROWS.toLocaleString('en-GB')} rows.`}
          >
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".csv,text/csv"
                className="input"
                data-testid="csv-file"
                onChange={(event) => void choose(event)}
              />
            )}
          </Field>
          <p role="status" className="muted">
            {file ? `${file.name} is ready to be checked.` : ''}
          </p>
          {check.isError ? <ErrorPanel title="The file could not be checked" error={check.error} /> : null}
          <div className="form__actions">
            <button type="submit" className="button button--secondary" disabled={check.isPending}>
              {check.isPending ? 'Checking…' : 'Check the file'}
            </button>
          </div>
        </form>
      </section>
      {done ? <Imported result={done} workspaceId={workspace.id} reviewId={review?.id ?? null} /> : null}
      {preview && !done ? (
        <>
          <ImportPreview result={preview} />
          {commit.isError ? <ErrorPanel title="Nothing was imported" error={commit.error} /> : null}
          <div className="form__actions">
            <button
              type="button"
              className="button"
              disabled={!importable(preview) || commit.isPending}
              onClick={runImport}
            >
              {commit.isPending ? 'Importing…' : 'Import'}
            </button>
            {!importable(preview) ? (
              <span className="muted">
                Correct the file, choose it again and check it: then it can be imported.
              </span>
            ) : null}
          </div>
        </>
      ) : null}
    </>
  );
}

export function ImportPage() {
  const { workspaceId = '' } = useParams();
  const [searchParams] = useSearchParams();
  return (
    <WorkspaceFrame workspaceId={workspaceId} title="Import from a CSV file">
      {(workspace) => <Importer workspace={workspace} reviewId={searchParams.get('reviewId')} />}
    </WorkspaceFrame>
  );
}
