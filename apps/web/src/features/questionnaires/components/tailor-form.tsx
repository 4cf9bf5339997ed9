import { type TReviewQuestion, ZTailorQuestionRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FormSubmit } from '../../../components/ui/form-submit';
import { NumberField } from '../../../components/ui/number-field';
import { SaveFailure } from '../../../components/ui/save-failure';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { useReview } from '../../../lib/api/get-review';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { reviewQuestion } from '../../../lib/question-info';
import { useTailorQuestion } from '../api/tailor-question';

interface Form {
  prompt: string;
  guidance: string;
  targetWords: string;
}

function formOf(question: TReviewQuestion): Form {
  return { prompt: question.prompt, guidance: question.guidance, targetWords: String(question.targetWords) };
}

/** A typed whole number; an empty box is refused by the contract rather than taken as 0. */
export function wholeNumber(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

interface TailorFormProps {
  reviewId: string;
  question: TReviewQuestion;
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * The coordinator rewords a question's guidance and word target for this review (and the prompt of
 * a national question), saved with the question's version: when someone else changed it first the
 * form says so and offers their version.
 */
export function TailorForm({ reviewId, question, onSaved, onCancel }: TailorFormProps) {
  const t = useT();
  const code = question.code;
  const tailor = useTailorQuestion(reviewId, question.code);
  const review = useReview(reviewId);
  const [form, setForm] = useState<Form>(() => formOf(question));
  const [version, setVersion] = useState(question.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (key: keyof Form, value: string) => setForm((current) => ({ ...current, [key]: value }));

  async function reload() {
    const result = await review.refetch();
    const fresh = result.data ? reviewQuestion(result.data, question.code) : undefined;
    if (!fresh) return;
    setForm(formOf(fresh));
    setVersion(fresh.version);
    setErrors({});
    tailor.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZTailorQuestionRequest.safeParse({
      version,
      guidance: form.guidance,
      targetWords: wholeNumber(form.targetWords),
      ...(question.national ? { prompt: form.prompt } : {}),
    });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    tailor.mutate(parsed.data, {
      onSuccess: onSaved,
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-label={t('questionnaires.tailor.label', { code })}
      data-testid={`tailor-${question.code}`}
    >
      <ErrorSummary errors={errors} />
      {tailor.isError ? (
        <SaveFailure
          error={tailor.error}
          changed={t('questionnaires.tailor.changed', { code })}
          reloadLabel={t('questionnaires.tailor.reload')}
          onReload={() => void reload()}
          reloading={review.isFetching}
          errorTitle={t('questionnaires.tailor.saveFailed')}
          testId="tailor-conflict"
        />
      ) : null}
      {question.national ? (
        <TextAreaField
          label={t('questionnaires.field.question')}
          error={errorFor(errors, 'prompt')}
          rows={3}
          value={form.prompt}
          onChange={(value) => set('prompt', value)}
        />
      ) : null}
      <TextAreaField
        label={t('questionnaires.field.guidance')}
        hint={t('questionnaires.tailor.guidanceHint')}
        error={errorFor(errors, 'guidance')}
        rows={5}
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
      <FormSubmit
        mutation={tailor}
        label={t('questionnaires.tailor.save')}
        busyLabel={t('questionnaires.tailor.saving')}
      >
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('questionnaires.tailor.cancel')}
        </button>
      </FormSubmit>
    </form>
  );
}
