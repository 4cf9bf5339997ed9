import { type TInstanceReview, ZCreateReviewRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FormSubmit } from '../../../components/ui/form-submit';
import {
  CarryForwardField,
  emptyReviewFields,
  ReviewDeadlineFields,
  ReviewSubjectFields,
  reviewFieldsRequest,
} from '../../../components/ui/review-fields';
import { TextField } from '../../../components/ui/text-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { useInstanceReviews } from '../api/get-instance-reviews';
import { useStartReview } from '../api/start-review';

function emptyForm() {
  return { ...emptyReviewFields(), coordinatorName: '', coordinatorEmail: '' };
}

type Form = ReturnType<typeof emptyForm>;

function ReviewStarted({ review }: { review: TInstanceReview }) {
  const coordinator = review.coordinators[0];
  return (
    <div className="notice notice--success" role="status" data-testid="review-started">
      <p>
        {coordinator ? (
          <FormattedMessage
            id="instance.start.startedInvited"
            values={{
              title: review.title,
              name: coordinator.name,
              email: coordinator.email,
              b: (chunks) => <strong>{chunks}</strong>,
            }}
          />
        ) : (
          <FormattedMessage
            id="instance.start.started"
            values={{ title: review.title, b: (chunks) => <strong>{chunks}</strong> }}
          />
        )}
      </p>
    </div>
  );
}

/** The administrator starts a country's review and names its coordinator, who is invited by e-mail. */
export function StartReviewForm() {
  const t = useT();
  const start = useStartReview();
  const reviews = useInstanceReviews();
  const [form, setForm] = useState<Form>(emptyForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [started, setStarted] = useState<TInstanceReview | null>(null);

  function set(key: keyof Form, value: string) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateReviewRequest.safeParse({
      ...reviewFieldsRequest(form),
      coordinator: { name: form.coordinatorName, email: form.coordinatorEmail },
    });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setStarted(null);
    start.mutate(parsed.data, {
      onSuccess: (review) => {
        setStarted(review);
        setForm(emptyForm());
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <section className="card" aria-labelledby="start-review-title">
      <h2 id="start-review-title">{t('instance.start.title')}</h2>
      <p className="muted">{t('instance.start.intro')}</p>
      {started ? <ReviewStarted review={started} /> : null}
      <form className="form form--grid" noValidate onSubmit={submit} aria-label={t('instance.start.title')}>
        <ErrorSummary errors={errors} />
        <ReviewSubjectFields values={form} errors={errors} onChange={set} />
        <CarryForwardField
          values={form}
          error={errorFor(errors, 'carryForwardFrom')}
          onChange={(value) => set('carryForwardFrom', value)}
          reviews={reviews.data?.reviews}
          failed={reviews.isError}
        />
        <ReviewDeadlineFields
          values={form}
          errors={errors}
          onChange={set}
          timeZoneHint={t('instance.start.timeZoneHint')}
        />
        <TextField
          label={t('instance.start.coordinatorName')}
          error={errorFor(errors, 'coordinator.name')}
          autoComplete="off"
          value={form.coordinatorName}
          onChange={(value) => set('coordinatorName', value)}
        />
        <TextField
          label={t('instance.start.coordinatorEmail')}
          error={errorFor(errors, 'coordinator.email') ?? errorFor(errors, 'coordinator')}
          type="email"
          autoComplete="off"
          value={form.coordinatorEmail}
          onChange={(value) => set('coordinatorEmail', value)}
        />
        <FormSubmit
          mutation={start}
          label={t('instance.start.submit')}
          busyLabel={t('instance.start.starting')}
          errorTitle={t('instance.start.failed')}
        />
      </form>
    </section>
  );
}
