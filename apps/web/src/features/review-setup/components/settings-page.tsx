import {
  daysBetween,
  FINAL_DEADLINE_RANGE,
  formatCalendarDate,
  isWorkingStatus,
  type TReviewDetail,
  type TReviewStatus,
  type TUpdateReviewRequest,
  WORKING_STATUSES,
  ZUpdateReviewRequest,
} from '@gcm/domain';
import { type FormEvent, useId, useState } from 'react';
import { useParams } from 'react-router';
import { CarriedForwardNote } from '../../../components/ui/carried-forward-note';
import { dueDateRangeProblem } from '../../../components/ui/due-date-field';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FieldError, Fieldset } from '../../../components/ui/field';
import { FinalDueTimeField } from '../../../components/ui/review-fields';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { SelectField } from '../../../components/ui/select-field';
import { Loading, Spinner } from '../../../components/ui/spinner';
import { reviewStatusLabelId } from '../../../components/ui/status-badge';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { TimeZoneOptions } from '../../../components/ui/time-zone-options';
import { useReview } from '../../../lib/api/get-review';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { type MessageId, useT } from '../../../lib/i18n/use-t';
import { useShiftDueDates } from '../api/shift-due-dates';
import { useUpdateReview } from '../api/update-review';
import { CoordinatingOfficeField } from './coordinating-office-field';
import { RecipientsField } from './recipients-field';

type Consent = 'yes' | 'no' | 'unset';

interface SettingsForm {
  title: string;
  status: TReviewStatus;
  country: string;
  office: string;
  name: string;
  position: string;
  email: string;
  telephone: string;
  mailingAddress: string;
  finalDueDate: string;
  /** HH:MM, '' = the end of the day. */
  finalDueTime: string;
  timeZone: string;
  to: string;
  cc: string;
  consent: Consent;
  /** The office that coordinates the review: '' = none chosen. */
  coordinatingOrganisationId: string;
  /** The e-mails' sender name and reply-to address: '' = the default. */
  senderName: string;
  replyTo: string;
}

const CONTACT_FIELDS = [
  ['office', 'office'],
  ['name', 'name'],
  ['position', 'title'],
  ['email', 'email'],
  ['telephone', 'telephone'],
  ['mailingAddress', 'mailingAddress'],
] as const;

/** "a@x.org, b@y.org" or one per line → ["a@x.org", "b@y.org"] */
export function splitAddresses(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

function formFrom(review: TReviewDetail): SettingsForm {
  return {
    title: review.title,
    status: review.status,
    country: review.country,
    office: review.contact.office,
    name: review.contact.name,
    position: review.contact.title,
    email: review.contact.email,
    telephone: review.contact.telephone,
    mailingAddress: review.contact.mailingAddress,
    finalDueDate: review.finalDueDate,
    finalDueTime: review.finalDueTime ?? '',
    timeZone: review.timeZone,
    to: review.recipients.to.join('\n'),
    cc: review.recipients.cc.join('\n'),
    consent: review.consentToPublish === null ? 'unset' : review.consentToPublish ? 'yes' : 'no',
    coordinatingOrganisationId: review.coordinatingOrganisation?.id ?? '',
    senderName: review.mail.senderName ?? '',
    replyTo: review.mail.replyTo ?? '',
  };
}

/** The hint under a field whose empty value means "the default" (what is sent when nothing is chosen). */
function defaultHint(t: ReturnType<typeof useT>, chosen: string | null, effective: string | null): string {
  if (chosen !== null) return t('reviewSetup.mail.emptyToDefault');
  return effective
    ? t('reviewSetup.mail.default', { value: effective })
    : t('reviewSetup.mail.emptyIsDefault');
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item.toLowerCase() === b[index]?.toLowerCase());
}

/** Only what changed since the form was loaded, with the version it was loaded at. */
export function changesFrom(review: TReviewDetail, form: SettingsForm): Record<string, unknown> {
  const request: Record<string, unknown> = { version: review.version };
  if (form.title.trim() !== review.title) request.title = form.title;
  if (form.status !== review.status) request.status = form.status;
  if (form.country.trim() !== review.country) request.country = form.country;
  if (form.finalDueDate !== review.finalDueDate) request.finalDueDate = form.finalDueDate;
  if (form.finalDueTime !== (review.finalDueTime ?? '')) request.finalDueTime = form.finalDueTime || null;
  if (form.timeZone.trim() !== review.timeZone) request.timeZone = form.timeZone.trim();
  if (form.coordinatingOrganisationId !== (review.coordinatingOrganisation?.id ?? '')) {
    request.coordinatingOrganisationId = form.coordinatingOrganisationId || null;
  }
  const contact: Record<string, string> = {};
  for (const [field, key] of CONTACT_FIELDS) {
    if (form[field].trim() !== review.contact[key]) contact[key] = form[field];
  }
  if (Object.keys(contact).length > 0) request.contact = contact;
  const to = splitAddresses(form.to);
  const cc = splitAddresses(form.cc);
  if (!sameList(to, review.recipients.to) || !sameList(cc, review.recipients.cc)) {
    request.recipients = { to, cc };
  }
  const consent = form.consent === 'unset' ? null : form.consent === 'yes';
  if (consent !== review.consentToPublish) request.consentToPublish = consent;
  // An emptied field goes back to the default (null).
  const mail: Record<string, string | null> = {};
  const senderName = form.senderName.trim() || null;
  const replyTo = form.replyTo.trim() || null;
  if (senderName !== review.mail.senderName) mail.senderName = senderName;
  if (replyTo !== review.mail.replyTo) mail.replyTo = replyTo;
  if (Object.keys(mail).length > 0) request.mail = mail;
  return request;
}

function SettingsEditor({ review: initial }: { review: TReviewDetail }) {
  const { refetch, isFetching } = useReview(initial.id);
  const update = useUpdateReview(initial.id);
  const [loaded, setLoaded] = useState(initial);
  const [form, setForm] = useState(() => formFrom(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const shift = useShiftDueDates(initial.id);
  const [movedDeadline, setMovedDeadline] = useState<{ from: string; to: string } | null>(null);
  // The open due dates would follow the deadline out of the range the API accepts for them.
  const shiftProblem = movedDeadline ? dueDateRangeProblem(movedDeadline.to) : undefined;
  const shiftProblemId = useId();
  const conflict = update.isError && isApiError(update.error) && update.error.status === 409;
  const t = useT();
  const locale = useLocale();

  function set<K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) {
    setSaved(false);
    setForm((current) => ({ ...current, [key]: value }));
  }

  async function reload() {
    const result = await refetch();
    if (result.data) {
      setLoaded(result.data);
      setForm(formFrom(result.data));
      setErrors({});
      update.reset();
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const parsed = ZUpdateReviewRequest.safeParse(changesFrom(loaded, form));
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    const previousDeadline = loaded.finalDueDate;
    update.mutate(parsed.data as TUpdateReviewRequest, {
      onSuccess: (review) => {
        if (review.finalDueDate !== previousDeadline) {
          shift.reset();
          setMovedDeadline({ from: previousDeadline, to: review.finalDueDate });
        }
        setLoaded(review);
        setForm(formFrom(review));
        setSaved(true);
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  const text = (
    label: string,
    key: Exclude<keyof SettingsForm, 'status' | 'consent' | 'coordinatingOrganisationId'>,
    path: string,
    options: { type?: string; autoComplete?: string; hint?: string; min?: string; max?: string } = {},
  ) => (
    <TextField
      label={label}
      error={errorFor(errors, path)}
      hint={options.hint}
      type={options.type ?? 'text'}
      autoComplete={options.autoComplete ?? 'off'}
      min={options.min}
      max={options.max}
      value={form[key]}
      onChange={(value) => set(key, value)}
    />
  );

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('reviewSetup.settings.form')}>
      <ErrorSummary errors={errors} />
      <CarriedForwardNote review={loaded} />
      {conflict ? (
        <div className="error-panel" role="alert" data-testid="settings-conflict">
          <h2 className="error-panel__title">{t('reviewSetup.conflict.title')}</h2>
          <p className="error-panel__message">
            {update.error.message} {t('reviewSetup.conflict.reloadHint')}
          </p>
          <div className="error-panel__actions">
            <button type="button" className="button" onClick={() => void reload()} disabled={isFetching}>
              {isFetching ? t('reviewSetup.conflict.reloading') : t('reviewSetup.conflict.reload')}
            </button>
          </div>
        </div>
      ) : update.isError ? (
        <ErrorPanel title={t('reviewSetup.settings.saveError')} error={update.error} />
      ) : null}
      {movedDeadline ? (
        <section className="card" aria-labelledby="shift-title" data-testid="shift-due-dates">
          <h2 id="shift-title">{t('reviewSetup.shift.title')}</h2>
          {shift.isSuccess ? (
            <p role="status">
              {t('reviewSetup.shift.done', {
                shifted: shift.data.shifted,
                days: daysBetween(movedDeadline.from, movedDeadline.to),
              })}
            </p>
          ) : (
            <>
              <p>
                {t('reviewSetup.shift.ask', {
                  from: formatCalendarDate(movedDeadline.from, 'long', locale),
                  to: formatCalendarDate(movedDeadline.to, 'long', locale),
                  days: daysBetween(movedDeadline.from, movedDeadline.to),
                })}
              </p>
              {shift.isError ? <ErrorPanel title={t('reviewSetup.shift.error')} error={shift.error} /> : null}
              {/* A region's review moves thousands of due dates in one request: a few seconds. */}
              {shift.isPending ? <Loading label={t('reviewSetup.shift.moving')} /> : null}
              {shiftProblem ? (
                <FieldError id={shiftProblemId}>
                  {t('reviewSetup.shift.problem', { problem: shiftProblem })}
                </FieldError>
              ) : null}
              <div className="form__actions">
                <button
                  type="button"
                  className="button"
                  disabled={shift.isPending || shiftProblem !== undefined}
                  aria-describedby={shiftProblem ? shiftProblemId : undefined}
                  aria-busy={shift.isPending || undefined}
                  onClick={() => shift.mutate({ ...movedDeadline, version: loaded.version })}
                >
                  {shift.isPending ? <Spinner /> : null}
                  {t('reviewSetup.shift.move')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={shift.isPending}
                  onClick={() => setMovedDeadline(null)}
                >
                  {t('reviewSetup.shift.keep')}
                </button>
              </div>
            </>
          )}
        </section>
      ) : null}
      <section className="card" aria-labelledby="settings-review">
        <h2 id="settings-review">{t('reviewSetup.review.title')}</h2>
        {text(t('reviewSetup.review.reviewTitle'), 'title', 'title')}
        <SelectField
          label={t('reviewSetup.review.status')}
          error={errorFor(errors, 'status')}
          value={form.status}
          onChange={(value) => set('status', value as TReviewStatus)}
        >
          {(isWorkingStatus(loaded.status) ? WORKING_STATUSES : [loaded.status]).map((status) => (
            <option key={status} value={status}>
              {t(reviewStatusLabelId(status))}
            </option>
          ))}
        </SelectField>
        {text(t('ui.review.finalDueDate'), 'finalDueDate', 'finalDueDate', {
          type: 'date',
          min: FINAL_DEADLINE_RANGE.earliest,
          max: FINAL_DEADLINE_RANGE.latest,
        })}
        <FinalDueTimeField
          value={form.finalDueTime}
          error={errorFor(errors, 'finalDueTime')}
          onChange={(value) => set('finalDueTime', value)}
        />
        <TextField
          label={t('ui.review.timeZone')}
          error={errorFor(errors, 'timeZone')}
          hint={t('reviewSetup.review.timeZoneHint')}
          list="settings-time-zones"
          value={form.timeZone}
          onChange={(value) => set('timeZone', value)}
        />
        <TimeZoneOptions id="settings-time-zones" />
      </section>
      <section className="card" aria-labelledby="settings-contact">
        <h2 id="settings-contact">{t('reviewSetup.contact.title')}</h2>
        <CoordinatingOfficeField
          review={loaded}
          value={form.coordinatingOrganisationId}
          error={errorFor(errors, 'coordinatingOrganisationId')}
          onChange={(value) => set('coordinatingOrganisationId', value)}
        />
        {text(t('ui.review.country'), 'country', 'country', { autoComplete: 'country-name' })}
        {text(t('reviewSetup.contact.office'), 'office', 'contact.office', { autoComplete: 'organization' })}
        {text(t('reviewSetup.contact.name'), 'name', 'contact.name', { autoComplete: 'name' })}
        {text(t('reviewSetup.contact.position'), 'position', 'contact.title', {
          autoComplete: 'organization-title',
        })}
        {text(t('reviewSetup.contact.email'), 'email', 'contact.email', {
          type: 'email',
          autoComplete: 'email',
        })}
        {text(t('reviewSetup.contact.telephone'), 'telephone', 'contact.telephone', {
          type: 'tel',
          autoComplete: 'tel',
        })}
        <TextAreaField
          label={t('reviewSetup.contact.mailingAddress')}
          error={errorFor(errors, 'contact.mailingAddress')}
          rows={3}
          autoComplete="street-address"
          value={form.mailingAddress}
          onChange={(value) => set('mailingAddress', value)}
        />
      </section>
      <section className="card" aria-labelledby="settings-submission">
        <h2 id="settings-submission">{t('reviewSetup.submission.title')}</h2>
        <RecipientsField
          label={t('reviewSetup.submission.to')}
          value={form.to}
          onChange={(value) => set('to', value)}
          error={errorFor(errors, 'recipients.to')}
        />
        <RecipientsField
          label={t('reviewSetup.submission.cc')}
          value={form.cc}
          onChange={(value) => set('cc', value)}
          error={errorFor(errors, 'recipients.cc')}
        />
        <Fieldset legend={t('reviewSetup.submission.consent')} error={errorFor(errors, 'consentToPublish')}>
          {(
            [
              ['yes', 'reviewSetup.consent.yes'],
              ['no', 'reviewSetup.consent.no'],
              ['unset', 'reviewSetup.consent.unset'],
            ] as const satisfies readonly (readonly [Consent, MessageId])[]
          ).map(([value, label]) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="consent"
                value={value}
                checked={form.consent === value}
                onChange={() => set('consent', value)}
              />{' '}
              {t(label)}
            </label>
          ))}
        </Fieldset>
      </section>
      <section className="card" aria-labelledby="settings-mail">
        <h2 id="settings-mail">{t('reviewSetup.mail.title')}</h2>
        <Fieldset legend={t('reviewSetup.mail.sender')}>
          <TextField
            label={t('reviewSetup.mail.senderName')}
            error={errorFor(errors, 'mail.senderName')}
            hint={t('reviewSetup.mail.senderNameHint', {
              fallback: defaultHint(t, loaded.mail.senderName, loaded.mail.effective.senderName),
            })}
            autoComplete="off"
            placeholder={loaded.mail.senderName === null ? loaded.mail.effective.senderName : undefined}
            value={form.senderName}
            onChange={(value) => set('senderName', value)}
          />
          <TextField
            label={t('reviewSetup.mail.replyTo')}
            error={errorFor(errors, 'mail.replyTo')}
            hint={t('reviewSetup.mail.replyToHint', {
              fallback: defaultHint(t, loaded.mail.replyTo, loaded.mail.effective.replyTo),
            })}
            type="email"
            autoComplete="off"
            placeholder={
              loaded.mail.replyTo === null ? (loaded.mail.effective.replyTo ?? undefined) : undefined
            }
            value={form.replyTo}
            onChange={(value) => set('replyTo', value)}
          />
        </Fieldset>
      </section>
      <div className="form__actions form__actions--sticky">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('reviewSetup.settings.saving') : t('reviewSetup.settings.save')}
        </button>
        <span role="status" className="form__saved">
          {saved ? t('reviewSetup.settings.saved') : ''}
        </span>
      </div>
    </form>
  );
}

export function SettingsPage() {
  const { reviewId = '' } = useParams();
  const t = useT();
  return (
    <ReviewFrame reviewId={reviewId} title={t('reviewSetup.settings.title')} coordinatorOnly>
      {(review) => <SettingsEditor review={review} />}
    </ReviewFrame>
  );
}
