import {
  DIRECTORY_IMPORT_MAX_CHARACTERS,
  DIRECTORY_IMPORT_MAX_ROWS,
  type TDirectoryImportResult,
  type TWorkspace,
} from '@gcm/domain';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Field } from '../../../components/ui/field';
import { directoryTemplateUrl } from '../../../lib/downloads';
import { useT } from '../../../lib/i18n/use-t';
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

/** The chosen file's text, or why it cannot be sent (in the person's language). */
async function readCsv(file: File, t: ReturnType<typeof useT>): Promise<ChosenFile | string> {
  if (file.size === 0) return t('workspaces.import.empty');
  let csv: string;
  try {
    csv = await fileText(file);
  } catch {
    return t('workspaces.import.unreadable');
  }
  if (csv.length > DIRECTORY_IMPORT_MAX_CHARACTERS) {
    return t('workspaces.import.tooLong', { max: DIRECTORY_IMPORT_MAX_CHARACTERS });
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
  const t = useT();
  return (
    <div className="notice notice--success" role="status" data-testid="import-done">
      <p>
        {t('workspaces.import.done', {
          organisations: result.organisationsNew,
          people: result.peopleNew,
        })}
      </p>
      <p>
        <Link to={`/workspaces/${workspaceId}`}>{t('workspaces.import.seeDirectory')}</Link>
        {reviewId ? (
          <>
            {' · '}
            <Link to={`/reviews/${reviewId}/people`}>{t('workspaces.import.seeReview')}</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}

function Importer({ workspace, reviewId }: { workspace: TWorkspace; reviewId: string | null }) {
  const t = useT();
  const intl = useIntl();
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
    const read = chosen ? await readCsv(chosen, t) : null;
    setFile(typeof read === 'string' ? null : read);
    setFileError(typeof read === 'string' ? read : undefined);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setFileError(t('workspaces.import.chooseFirst'));
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
        {t('workspaces.import.lead')}
        {review ? ` ${t('workspaces.import.leadReview', { title: review.title })}` : ''}
      </p>
      <section className="card" aria-labelledby="import-file-title">
        <h2 id="import-file-title">{t('workspaces.import.file')}</h2>
        <p>
          {intl.formatMessage(
            { id: 'workspaces.import.template' },
            {
              link: (chunks) => (
                <a href={directoryTemplateUrl(workspace.id)} download>
                  {chunks}
                </a>
              ),
            },
          )}
        </p>
        <form className="form" noValidate onSubmit={submit} aria-label={t('workspaces.import.form')}>
          <Field
            label={t('workspaces.import.field')}
            error={fileError}
            hint={t('workspaces.import.hint', { max: DIRECTORY_IMPORT_MAX_ROWS })}
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
            {file ? t('workspaces.import.ready', { name: file.name }) : ''}
          </p>
          {check.isError ? (
            <ErrorPanel title={t('workspaces.import.checkFailed')} error={check.error} />
          ) : null}
          <div className="form__actions">
            <button type="submit" className="button button--secondary" disabled={check.isPending}>
              {check.isPending ? t('workspaces.import.checking') : t('workspaces.import.check')}
            </button>
          </div>
        </form>
      </section>
      {done ? <Imported result={done} workspaceId={workspace.id} reviewId={review?.id ?? null} /> : null}
      {preview && !done ? (
        <>
          <ImportPreview result={preview} />
          {commit.isError ? <ErrorPanel title={t('workspaces.import.failed')} error={commit.error} /> : null}
          <div className="form__actions">
            <button
              type="button"
              className="button"
              disabled={!importable(preview) || commit.isPending}
              onClick={runImport}
            >
              {commit.isPending ? t('workspaces.import.importing') : t('workspaces.import.import')}
            </button>
            {!importable(preview) ? <span className="muted">{t('workspaces.import.correct')}</span> : null}
          </div>
        </>
      ) : null}
    </>
  );
}

export function ImportPage() {
  const t = useT();
  const { workspaceId = '' } = useParams();
  const [searchParams] = useSearchParams();
  return (
    <WorkspaceFrame workspaceId={workspaceId} title={t('workspaces.import.title')}>
      {(workspace) => <Importer workspace={workspace} reviewId={searchParams.get('reviewId')} />}
    </WorkspaceFrame>
  );
}
