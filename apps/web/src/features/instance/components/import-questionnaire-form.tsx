import {
  type TQuestionnaireImportResult,
  type TQuestionnaireProblem,
  type TQuestionnaireSummary,
  ZImportQuestionnaireRequest,
} from '@gcm/domain';
import { type ChangeEvent, type FormEvent, useMemo, useState } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Field } from '../../../components/ui/field';
import type { FieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { questionnaireProblemsOf, useImportQuestionnaire } from '../api/import-questionnaire';

interface ChosenFile {
  name: string;
  text: string;
}

/** "ESCAP Voluntary GCM Review 2020 v1, 22 questions" (the title in the questionnaire's own language). */
function describe(t: ReturnType<typeof useT>, questionnaire: TQuestionnaireSummary): string {
  return t('instance.import.describe', {
    title: questionnaire.title,
    version: questionnaire.version,
    count: questionnaire.questionCount,
  });
}

/** The problems of a refused file, each one as the API said it, for the administrator to correct. */
function Problems({ problems }: { problems: TQuestionnaireProblem[] }) {
  const t = useT();
  return (
    <div className="error-panel" role="alert" data-testid="questionnaire-problems">
      <h3 className="error-panel__title">{t('instance.import.problems', { count: problems.length })}</h3>
      <p className="error-panel__message">{t('instance.import.problemsHelp')}</p>
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
  const t = useT();
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
        ? t('instance.import.imported', { questionnaire: describe(t, result.questionnaire) })
        : t('instance.import.valid', { questionnaire: describe(t, result.questionnaire) })}
    </p>
  );
}

/**
 * The administrator chooses a questionnaire file (JSON), checks it (a dry run: the API says what is
 * wrong, or what it would import), then imports it.
 */
export function ImportQuestionnaireForm() {
  const t = useT();
  const check = useImportQuestionnaire();
  const save = useImportQuestionnaire();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const errors = useMemo((): FieldErrors => (fileError ? { file: fileError } : {}), [fileError]);

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
      setFileError(t('instance.import.readError'));
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
      <h2 id="import-questionnaire-title">{t('instance.import.title')}</h2>
      <p className="muted">{t('instance.import.intro')}</p>
      <form className="form" noValidate onSubmit={submit} aria-label={t('instance.import.title')}>
        <ErrorSummary errors={errors} />
        <Field label={t('instance.import.file')} error={fileError} hint={t('instance.import.fileHint')}>
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
          {file ? t('instance.import.ready', { file: file.name }) : ''}
        </p>
        <Outcome
          failure={last.error}
          result={last.data ?? null}
          title={save.isIdle ? t('instance.import.checkFailed') : t('instance.import.importFailed')}
        />
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={check.isPending}>
            {check.isPending ? t('instance.import.checking') : t('instance.import.check')}
          </button>
          {checked && !save.data ? (
            <button type="button" className="button" disabled={save.isPending} onClick={() => send(false)}>
              {save.isPending ? t('instance.import.importing') : t('instance.import.import')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
