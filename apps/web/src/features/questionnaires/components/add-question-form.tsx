import { type TReviewQuestion, type TTailoredQuestion, ZAddNationalQuestionRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Fieldset } from '../../../components/ui/field';
import { FormSubmit } from '../../../components/ui/form-submit';
import { NumberField } from '../../../components/ui/number-field';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { useAddNationalQuestion } from '../api/add-national-question';
import { columnKeys } from './column-keys';
import { ColumnsEditor } from './columns-editor';
import { wholeNumber } from './tailor-form';

interface Form {
  code: string;
  afterCode: string;
  prompt: string;
  guidance: string;
  targetWords: string;
  kind: 'narrative' | 'table';
  columns: string[];
}

function emptyForm(questions: readonly TReviewQuestion[]): Form {
  return {
    code: '',
    afterCode: questions[questions.length - 1]?.code ?? '',
    prompt: '',
    guidance: '',
    targetWords: '500',
    kind: 'narrative',
    columns: [''],
  };
}

/** The request as typed, still to be checked by the contract. */
function requestOf(form: Form) {
  const keys = columnKeys(form.columns.map((title) => title.trim()));
  return {
    code: form.code.trim(),
    afterCode: form.afterCode,
    prompt: form.prompt,
    guidance: form.guidance,
    targetWords: wholeNumber(form.targetWords),
    answer:
      form.kind === 'table'
        ? {
            kind: 'table' as const,
            columns: form.columns.map((title, index) => ({ key: keys[index] ?? `col_${index + 1}`, title })),
          }
        : { kind: 'narrative' as const },
  };
}

/**
 * The coordinator adds a question of the State's own to the review (a "national question"), after
 * a chosen question and in its section: answered in text, or in a table with named columns.
 */
export function AddQuestionForm({
  reviewId,
  questions,
}: {
  reviewId: string;
  /** The review's questions in order, to choose where the new one goes. */
  questions: readonly TReviewQuestion[];
}) {
  const t = useT();
  const add = useAddNationalQuestion(reviewId);
  const [form, setForm] = useState<Form>(() => emptyForm(questions));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [added, setAdded] = useState<TTailoredQuestion | null>(null);
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const parsed = ZAddNationalQuestionRequest.safeParse(requestOf(form));
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    const after = form.afterCode;
    add.mutate(parsed.data, {
      onSuccess: (question) => {
        setAdded(question);
        setForm({ ...emptyForm(questions), afterCode: question.code || after });
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <section className="card" aria-labelledby="add-question-title">
      <h2 id="add-question-title">{t('questionnaires.add.title')}</h2>
      <p className="muted">{t('questionnaires.add.intro')}</p>
      {added ? (
        <p className="notice notice--success" role="status" data-testid="question-added">
          {t('questionnaires.add.added', { code: added.code })}
        </p>
      ) : null}
      <form className="form" noValidate onSubmit={submit} aria-label={t('questionnaires.add.title')}>
        <ErrorSummary errors={errors} />
        <TextField
          label={t('questionnaires.add.code')}
          hint={t('questionnaires.add.codeHint')}
          error={errorFor(errors, 'code')}
          className="input input--short"
          value={form.code}
          onChange={(value) => set('code', value)}
        />
        <SelectField
          label={t('questionnaires.add.after')}
          error={errorFor(errors, 'afterCode')}
          value={form.afterCode}
          onChange={(value) => set('afterCode', value)}
        >
          {questions.map((question) => (
            <option key={question.code} value={question.code}>
              {question.code}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t('questionnaires.field.question')}
          error={errorFor(errors, 'prompt')}
          rows={3}
          value={form.prompt}
          onChange={(value) => set('prompt', value)}
        />
        <TextAreaField
          label={t('questionnaires.field.guidance')}
          error={errorFor(errors, 'guidance')}
          rows={4}
          value={form.guidance}
          onChange={(value) => set('guidance', value)}
        />
        <NumberField
          label={t('questionnaires.field.wordTarget')}
          error={errorFor(errors, 'targetWords')}
          min={1}
          max={20_000}
          value={form.targetWords}
          onChange={(value) => set('targetWords', value)}
        />
        <Fieldset legend={t('questionnaires.field.answeredAs')} error={errorFor(errors, 'answer.kind')}>
          <label className="choice">
            <input
              type="radio"
              name="answer-kind"
              checked={form.kind === 'narrative'}
              onChange={() => set('kind', 'narrative')}
            />{' '}
            {t('questionnaires.kind.narrative')}
          </label>{' '}
          <label className="choice">
            <input
              type="radio"
              name="answer-kind"
              checked={form.kind === 'table'}
              onChange={() => set('kind', 'table')}
            />{' '}
            {t('questionnaires.kind.table')}
          </label>
        </Fieldset>
        {form.kind === 'table' ? (
          <ColumnsEditor
            titles={form.columns}
            onChange={(titles) => set('columns', titles)}
            errors={errors}
          />
        ) : null}
        <FormSubmit
          mutation={add}
          label={t('questionnaires.add.submit')}
          busyLabel={t('questionnaires.add.adding')}
          errorTitle={t('questionnaires.add.failed')}
        />
      </form>
    </section>
  );
}
