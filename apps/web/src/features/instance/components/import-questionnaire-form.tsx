import {
  type TQuestionnaireImportResult,
  type TQuestionnaireProblem,
  type TQuestionnaireSummary,
  ZImportQuestionnaireRequest,
} from '@gcm/domain';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Field } from '../../../components/ui/field';
import { plural } from '../../../lib/labels';
import { questionnaireProblemsOf, useImportQuestionnaire } from '../api/import-questionnaire';

interface ChosenFile {
  name: string;
  text: string;
}

/** "ESCAP Voluntary GCM Review 2020 v1, 22 questions". */
function describe(questionnaire: TQuestionnaireSummary): string {
  return `${questionnaire.title} v${questionnaire.version}, ${plural(questionnaire.questionCount, 'question', 'questions')}`;
}

/** The problems of a refused file, each one as the API said it, for the administrator to correct. */
function Problems({ problems }: { problems: TQuestionnaireProblem[] }) {
  return (
    <div className="error-panel" role="alert" data-testid="questionnaire-problems">
      <h3 className="error-panel__title">
        The file cannot be imported: {plural(problems.length, 'problem', 'problems')}
      </h3>
      <p className="error-panel__message">Correct the file, choose it again and check it.</p>
      <ul className="error-panel__fields">
        {problems.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two problems may read the same
          <li key={index}>{problem.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** What the last check or import said. */
function Outcome({
  failure,
  result,
  title,
}: {
  failure: unknown;
  result: TQuestionnaireImportResult | null;
  title: string;
}) {
  if (failure) {
    const problems = questionnaireProblemsOf(failure);
    return problems ? <Problems problems={problems} /> : <ErrorPanel title={title} error={failure} />;
  }
  if (!result) return null;
  return (
    <p
      className="notice notice--success"
      role="status"
      data-testid={result.imported ? 'questionnaire-imported' : 'questionnaire-valid'}
    >
      {result.imported
        ? `Imported: ${describe(result.questionnaire)}. New reviews can follow it.`
        : `Valid: ${describe(result.questionnaire)}. Nothing is imported yet.`}
    </p>
  );
}

/**
 * The administrator chooses a questionnaire file (JSON), checks it (a dry run: the API says what is
 * wrong, or what it would import), then imports it.
 */
export function ImportQuestionnaireForm() {
  const check = useImportQuestionnaire();
  const save = useImportQuestionnaire();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    check.reset();
    save.reset();
    setFile(null);
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    try {
      setFile({ name: chosen.name, text: await chosen.text() });
      setFileError(undefined);
    } catch {
      setFileError('The file could not be read. Choose it again.');
    }
  }

  function send(dryRun: boolean) {
    const parsed = ZImportQuestionnaireRequest.safeParse({ file: file?.text ?? '', dryRun });
    if (!parsed.success) {
      setFileError(parsed.error.issues[0]?.message);
      return;
    }
    setFileError(undefined);
    if (dryRun) {
      save.reset();
      check.mutate(parsed.data);
    } else {
      save.mutate(parsed.data);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send(true);
  }

  const checked = check.data && !check.data.imported ? check.data : null;
  const last = save.isIdle ? check : save;

  return (
    <section className="card" aria-labelledby="import-questionnaire-title">
      <h2 id="import-questionnaire-title">Import a questionnaire</h2>
      <p className="muted">
        A questionnaire file (JSON, format gcm-questionnaire/1) names its key and version; a changed form
        needs a new version number. Check the file first: nothing is kept until you import it.
      </p>
      <form className="form" noValidate onSubmit={submit} aria-label="Import a questionnaire">
        <Field
          label="Questionnaire file"
          error={fileError}
          hint="A .json file of at most 150 000 characters."
        >
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".json,application/json"
              className="input"
              data-testid="questionnaire-file"
              onChange={(event) => void choose(event)}
            />
          )}
        </Field>
        <p role="status" className="muted">
          {file ? `${file.name} is ready to be checked.` : ''}
        </p>
        <Outcome
          failure={last.error}
          result={last.data ?? null}
          title={save.isIdle ? 'The file could not be checked' : 'The questionnaire was not imported'}
        />
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={check.isPending}>
            {check.isPending ? 'Checking…' : 'Check'}
          </button>
          {checked && !save.data ? (
            <button type="button" className="button" disabled={save.isPending} onClick={() => send(false)}>
              {save.isPending ? 'Importing…' : 'Import'}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
