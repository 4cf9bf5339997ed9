import { ZCreateReviewRequest } from '@gcm/domain';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
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
import { useReviews } from '../../../lib/api/get-reviews';
import { useSession } from '../../../lib/api/get-session';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { useCreateReview } from '../api/create-review';

export function CreateReviewPage() {
  const navigate = useNavigate();
  const create = useCreateReview();
  const reviews = useReviews();
  const session = useSession();
  const t = useT();
  /** A new review starts only from one the person coordinates (the API refuses the others). */
  const coordinated = useMemo(() => {
    if (!reviews.data || !session.data) return undefined;
    const mine = new Set(
      session.data.memberships.filter((m) => m.role === 'coordinator').map((m) => m.reviewId),
    );
    return reviews.data.reviews.filter((review) => mine.has(review.id));
  }, [reviews.data, session.data]);
  const [form, setForm] = useState(() => ({ ...emptyReviewFields(), title: '' }));
  const [errors, setErrors] = useState<FieldErrors>({});

  function set(key: keyof typeof form, value: string) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateReviewRequest.safeParse({
      ...reviewFieldsRequest(form),
      ...(form.title.trim() ? { title: form.title } : {}),
    });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (review) => void navigate(`/reviews/${review.id}`),
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <div className="page page--narrow">
      <title>{`${t('reviewSetup.create.title')} — ${t('shell.brand')}`}</title>
      <p className="back-link">
        <Link to="/reviews">{t('reviewSetup.create.back')}</Link>
      </p>
      <h1>{t('reviewSetup.create.title')}</h1>
      <p className="page__lead">{t('reviewSetup.create.lead')}</p>
      <form className="card form" noValidate onSubmit={submit} aria-label={t('reviewSetup.create.title')}>
        <ErrorSummary errors={errors} />
        <ReviewSubjectFields values={form} errors={errors} onChange={set} />
        <CarryForwardField
          values={form}
          error={errorFor(errors, 'carryForwardFrom')}
          onChange={(value) => set('carryForwardFrom', value)}
          reviews={coordinated}
          failed={reviews.isError}
          coordinatedOnly
        />
        <TextField
          label={t('reviewSetup.create.reviewTitle')}
          error={errorFor(errors, 'title')}
          hint={t('reviewSetup.create.reviewTitleHint')}
          value={form.title}
          onChange={(value) => set('title', value)}
        />
        <ReviewDeadlineFields
          values={form}
          errors={errors}
          onChange={set}
          timeZoneHint={t('reviewSetup.create.timeZoneHint')}
        />
        <FormSubmit
          mutation={create}
          label={t('reviewSetup.create.submit')}
          busyLabel={t('reviewSetup.create.busy')}
          errorTitle={t('reviewSetup.create.error')}
        >
          <Link to="/reviews">{t('reviewSetup.create.cancel')}</Link>
        </FormSubmit>
      </form>
    </div>
  );
}
