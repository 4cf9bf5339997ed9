import { CATALOGUE, localTimeZone, ZCreateReviewRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Field } from '../../../components/ui/field';
import { TimeZoneOptions } from '../../../components/ui/time-zone-options';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useCreateReview } from '../api/create-review';

export function CreateReviewPage() {
  const navigate = useNavigate();
  const create = useCreateReview();
  const firstTemplate = CATALOGUE.templates[0];
  const [form, setForm] = useState({
    templateKey: firstTemplate?.key ?? '',
    country: '',
    cycle: String(new Date().getFullYear()),
    title: '',
    timeZone: localTimeZone(),
    finalDueDate: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});

  function set<K extends keyof typeof form>(key: K, value: (typeof form)[K]) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateReviewRequest.safeParse({
      templateKey: form.templateKey,
      country: form.country,
      cycle: form.cycle.trim() === '' ? undefined : Number(form.cycle),
      ...(form.title.trim() ? { title: form.title } : {}),
      timeZone: form.timeZone.trim(),
      finalDueDate: form.finalDueDate,
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
      <title>Create a review — GCM Review Tracker</title>
      <p className="back-link">
        <Link to="/reviews">← All reviews</Link>
      </p>
      <h1>Create a review</h1>
      <p className="page__lead">You will be the coordinator of the new review and can invite others to it.</p>
      <form className="card form" noValidate onSubmit={submit} aria-label="Create a review">
        <Field label="Survey template" error={errorFor(errors, 'templateKey')}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={form.templateKey}
              onChange={(event) => set('templateKey', event.target.value)}
            >
              {CATALOGUE.templates.map((template) => (
                <option key={template.key} value={template.key}>
                  {template.title} ({template.key})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Country" error={errorFor(errors, 'country')}>
          {(control) => (
            <input
              {...control}
              className="input"
              autoComplete="country-name"
              value={form.country}
              onChange={(event) => set('country', event.target.value)}
            />
          )}
        </Field>
        <Field label="Cycle (year)" error={errorFor(errors, 'cycle')}>
          {(control) => (
            <input
              {...control}
              className="input input--short"
              type="number"
              inputMode="numeric"
              min={2000}
              max={2100}
              value={form.cycle}
              onChange={(event) => set('cycle', event.target.value)}
            />
          )}
        </Field>
        <Field
          label="Title"
          error={errorFor(errors, 'title')}
          hint="Optional. Left empty, it becomes “Voluntary GCM Review — <country> <cycle>”."
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={form.title}
              onChange={(event) => set('title', event.target.value)}
            />
          )}
        </Field>
        <Field
          label="Time zone"
          error={errorFor(errors, 'timeZone')}
          hint="Deadlines end at midnight in this zone. Such as Asia/Ulaanbaatar."
        >
          {(control) => (
            <>
              <input
                {...control}
                className="input"
                list="create-review-time-zones"
                value={form.timeZone}
                onChange={(event) => set('timeZone', event.target.value)}
              />
              <TimeZoneOptions id="create-review-time-zones" />
            </>
          )}
        </Field>
        <Field label="Final deadline" error={errorFor(errors, 'finalDueDate')}>
          {(control) => (
            <input
              {...control}
              className="input input--short"
              type="date"
              value={form.finalDueDate}
              onChange={(event) => set('finalDueDate', event.target.value)}
            />
          )}
        </Field>
        {create.isError ? <ErrorPanel title="The review could not be created" error={create.error} /> : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create the review'}
          </button>
          <Link to="/reviews">Cancel</Link>
        </div>
      </form>
    </div>
  );
}
