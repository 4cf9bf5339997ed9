import {
  type TReminderPolicy,
  type TReminderPolicyResponse,
  type TUpdateReminderPolicyRequest,
  ZUpdateReminderPolicyRequest,
} from '@gcm/domain';
import { type FormEvent, type KeyboardEvent, type ReactNode, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Checkbox } from '../../../components/ui/checkbox';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FieldError, Fieldset } from '../../../components/ui/field';
import { FormSubmit } from '../../../components/ui/form-submit';
import { NumberField } from '../../../components/ui/number-field';
import { SaveFailure } from '../../../components/ui/save-failure';
import { Loading } from '../../../components/ui/spinner';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useReminderPolicy } from '../api/get-reminder-policy';
import { useUpdateReminderPolicy } from '../api/update-reminder-policy';

/** The most reminders before the due date a policy may have (the contract says the same). */
export const MAX_DAYS_BEFORE = 5;

interface PolicyForm {
  daysBefore: number[];
  onDueDate: boolean;
  /** Numbers are kept as typed, so an empty box can say "must be a number of days". */
  overdueEveryDays: string;
  maxOverdueReminders: string;
  escalateAfterDays: string;
  sendTime: string;
  skipWeekends: boolean;
  /** ISO weekdays, 1 = Monday. */
  workingDays: number[];
  /** One date per line, as typed. */
  holidays: string;
  paused: boolean;
}

/** ISO weekday numbers, Monday first. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** "Monday", "lundi" → "Lundi": the name of ISO weekday `day` in the language, as a label starts. */
export function weekdayName(day: number, locale: string): string {
  // 1 January 2024 was a Monday.
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, day),
  );
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** The holidays box as a list: one date per line, blank lines ignored. */
function holidayList(text: string): string[] {
  return text
    .split(/\r?\n|,/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function formFrom(policy: TReminderPolicy): PolicyForm {
  return {
    daysBefore: [...policy.daysBefore].sort((a, b) => b - a),
    onDueDate: policy.onDueDate,
    overdueEveryDays: String(policy.overdueEveryDays),
    maxOverdueReminders: String(policy.maxOverdueReminders),
    escalateAfterDays: String(policy.escalateAfterDays),
    sendTime: policy.sendTime,
    skipWeekends: policy.skipWeekends,
    workingDays: [...policy.workingDays].sort((a, b) => a - b),
    holidays: [...policy.holidays].sort().join('\n'),
    paused: policy.paused,
  };
}

/** "" → NaN, so that zod refuses an empty box instead of leaving the setting out. */
function toNumber(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

function sameDays(a: readonly number[], b: readonly number[]): boolean {
  const sortedA = [...a].sort((x, y) => x - y);
  const sortedB = [...b].sort((x, y) => x - y);
  return sortedA.length === sortedB.length && sortedA.every((day, index) => day === sortedB[index]);
}

/** Only what changed since the policy was loaded, with the (review) version it was loaded at. */
export function policyChanges(loaded: TReminderPolicyResponse, form: PolicyForm): Record<string, unknown> {
  const { policy } = loaded;
  const request: Record<string, unknown> = { version: loaded.version };
  if (!sameDays(form.daysBefore, policy.daysBefore)) request.daysBefore = form.daysBefore;
  if (form.onDueDate !== policy.onDueDate) request.onDueDate = form.onDueDate;
  for (const key of ['overdueEveryDays', 'maxOverdueReminders', 'escalateAfterDays'] as const) {
    const value = toNumber(form[key]);
    if (value !== policy[key]) request[key] = value;
  }
  if (form.sendTime !== policy.sendTime) request.sendTime = form.sendTime;
  if (form.skipWeekends !== policy.skipWeekends) request.skipWeekends = form.skipWeekends;
  if (!sameDays(form.workingDays, policy.workingDays)) request.workingDays = form.workingDays;
  const holidays = holidayList(form.holidays);
  const sameHolidays =
    holidays.length === policy.holidays.length &&
    [...holidays].sort().every((day, i) => day === [...policy.holidays].sort()[i]);
  if (!sameHolidays) request.holidays = holidays;
  if (form.paused !== policy.paused) request.paused = form.paused;
  return request;
}

function DaysBeforeEditor({
  days,
  onChange,
  error,
}: {
  days: number[];
  onChange: (days: number[]) => void;
  error: string | undefined;
}) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [addError, setAddError] = useState<string | undefined>();
  const full = days.length >= MAX_DAYS_BEFORE;

  function add() {
    const next = [...days, toNumber(draft)];
    const checked = ZUpdateReminderPolicyRequest.shape.daysBefore.safeParse(next);
    if (!checked.success) {
      setAddError(checked.error.issues[0]?.message ?? t('reminders.policy.notValid'));
      return;
    }
    setAddError(undefined);
    setDraft('');
    onChange(next.sort((a, b) => b - a));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the number instead of saving the whole form.
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  }

  return (
    <Fieldset
      legend={t('reminders.policy.daysBefore.legend')}
      hint={t('reminders.policy.daysBefore.hint', { max: MAX_DAYS_BEFORE })}
      error={error}
    >
      {days.length > 0 ? (
        <ul className="chips" aria-label={t('reminders.policy.daysBefore.list')} data-testid="days-before">
          {days.map((day) => (
            <li key={day} className="chip">
              {t('reminders.policy.daysBefore.chip', { count: day })}
              <button
                type="button"
                className="chip__remove"
                aria-label={t('reminders.policy.daysBefore.remove', { count: day })}
                onClick={() => {
                  setAddError(undefined);
                  onChange(days.filter((other) => other !== day));
                }}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('reminders.policy.daysBefore.none')}</p>
      )}
      <div className="chips__add">
        <TextField
          label={t('reminders.policy.daysBefore.add')}
          error={addError}
          {...(full ? { hint: t('reminders.policy.daysBefore.full') } : {})}
          className="input input--short"
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          step={1}
          disabled={full}
          onKeyDown={onKeyDown}
          value={draft}
          onChange={setDraft}
        />
        <button type="button" className="button button--secondary" onClick={add} disabled={full}>
          {t('reminders.policy.daysBefore.addButton')}
        </button>
      </div>
    </Fieldset>
  );
}

function PolicyEditor({
  reviewId,
  timeZone,
  initial,
}: {
  reviewId: string;
  timeZone: string;
  initial: TReminderPolicyResponse;
}) {
  const t = useT();
  const locale = useLocale();
  const { refetch, isFetching } = useReminderPolicy(reviewId);
  const update = useUpdateReminderPolicy(reviewId);
  const [loaded, setLoaded] = useState(initial);
  const [form, setForm] = useState(() => formFrom(initial.policy));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [note, setNote] = useState('');

  function set<K extends keyof PolicyForm>(key: K, value: PolicyForm[K]) {
    setNote('');
    setForm((current) => ({ ...current, [key]: value }));
  }

  async function reload() {
    const result = await refetch();
    if (result.data) {
      setLoaded(result.data);
      setForm(formFrom(result.data.policy));
      setErrors({});
      setNote('');
      update.reset();
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNote('');
    const request = policyChanges(loaded, form);
    const parsed = ZUpdateReminderPolicyRequest.safeParse(request);
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    if (Object.keys(parsed.data).length === 1) {
      setNote(t('reminders.policy.nothingToSave'));
      return;
    }
    update.mutate(parsed.data as TUpdateReminderPolicyRequest, {
      onSuccess: (response) => {
        setLoaded(response);
        setForm(formFrom(response.policy));
        setNote(t('reminders.policy.saved'));
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  const number = (
    label: string,
    key: 'overdueEveryDays' | 'maxOverdueReminders' | 'escalateAfterDays',
    limits: { min: number; max: number },
    hint?: string,
  ) => (
    <NumberField
      label={label}
      error={errorFor(errors, key)}
      hint={hint}
      min={limits.min}
      max={limits.max}
      value={form[key]}
      onChange={(value) => set(key, value)}
    />
  );

  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-label={t('reminders.policy.title')}
      data-testid="reminder-policy-form"
    >
      <ErrorSummary errors={errors} />
      {update.isError ? (
        <SaveFailure
          error={update.error}
          changed={t('reminders.policy.changed')}
          reloadLabel={t('reminders.policy.reload')}
          onReload={() => void reload()}
          reloading={isFetching}
          errorTitle={t('reminders.policy.saveError')}
          testId="policy-conflict"
        />
      ) : null}
      {loaded.warnings.length > 0 ? (
        <section
          className="notice notice--warning"
          aria-labelledby="reminder-warnings"
          data-testid="reminder-warnings"
        >
          <h3 id="reminder-warnings">{t('reminders.policy.warnings')}</h3>
          <ul>
            {loaded.warnings.map((warning) => (
              <li key={`${warning.organisation.id}:${warning.problem}`}>{warning.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {loaded.policy.paused ? (
        <p className="notice notice--warning" data-testid="reminders-paused">
          <FormattedMessage
            id="reminders.policy.paused"
            values={{ b: (chunks: ReactNode[]) => <strong>{chunks}</strong> }}
          />
        </p>
      ) : null}
      <DaysBeforeEditor
        days={form.daysBefore}
        onChange={(days) => set('daysBefore', days)}
        error={errorFor(errors, 'daysBefore')}
      />
      <Checkbox
        label={t('reminders.policy.onDueDate')}
        checked={form.onDueDate}
        onChange={(value) => set('onDueDate', value)}
      />
      <div className="form form--grid">
        {number(t('reminders.policy.overdueEvery'), 'overdueEveryDays', { min: 1, max: 30 })}
        {number(
          t('reminders.policy.maxOverdue'),
          'maxOverdueReminders',
          { min: 0, max: 20 },
          t('reminders.policy.maxOverdue.hint'),
        )}
        {number(
          t('reminders.policy.escalateAfter'),
          'escalateAfterDays',
          { min: 1, max: 60 },
          t('reminders.policy.escalateAfter.hint'),
        )}
        <TextField
          label={t('reminders.policy.sendTime', { timeZone })}
          error={errorFor(errors, 'sendTime')}
          className="input input--short"
          type="time"
          value={form.sendTime}
          onChange={(value) => set('sendTime', value)}
        />
      </div>
      <Checkbox
        label={t('reminders.policy.skipDaysOff')}
        hint={t('reminders.policy.skipDaysOff.hint')}
        checked={form.skipWeekends}
        onChange={(value) => set('skipWeekends', value)}
      />
      <Fieldset
        legend={t('reminders.policy.workingDays')}
        hint={t('reminders.policy.workingDays.hint')}
        error={errorFor(errors, 'workingDays')}
      >
        <div className="form form--inline" data-testid="working-days">
          {WEEKDAYS.map((day) => (
            <Checkbox
              key={day}
              label={weekdayName(day, locale)}
              checked={form.workingDays.includes(day)}
              onChange={(value) =>
                set(
                  'workingDays',
                  value
                    ? [...form.workingDays, day].sort((a, b) => a - b)
                    : form.workingDays.filter((other) => other !== day),
                )
              }
            />
          ))}
        </div>
      </Fieldset>
      <TextAreaField
        label={t('reminders.policy.holidays')}
        hint={t('reminders.policy.holidays.hint')}
        error={errorFor(errors, 'holidays')}
        rows={4}
        value={form.holidays}
        onChange={(value) => set('holidays', value)}
      />
      <Checkbox
        label={t('reminders.policy.pause')}
        hint={t('reminders.policy.pause.hint')}
        checked={form.paused}
        onChange={(value) => set('paused', value)}
      />
      {errors.version ? <FieldError>{errors.version}</FieldError> : null}
      <FormSubmit
        mutation={update}
        label={t('reminders.policy.save')}
        busyLabel={t('reminders.policy.saving')}
      >
        <span role="status" className="form__saved">
          {note}
        </span>
      </FormSubmit>
    </form>
  );
}

/** The coordinator's reminder policy: when and how often the product reminds the focal points. */
export function ReminderPolicySection({ reviewId, timeZone }: { reviewId: string; timeZone: string }) {
  const t = useT();
  const { data, error, isError, refetch, isFetching } = useReminderPolicy(reviewId);
  let content: ReactNode;
  if (data) {
    content = <PolicyEditor reviewId={reviewId} timeZone={timeZone} initial={data} />;
  } else if (isError) {
    content = (
      <ErrorPanel
        title={t('reminders.policy.loadError')}
        error={error}
        onRetry={() => void refetch()}
        retrying={isFetching}
      />
    );
  } else {
    content = <Loading label={t('reminders.policy.loading')} />;
  }
  return (
    <section className="card" aria-labelledby="policy-title">
      <h2 id="policy-title">{t('reminders.policy.title')}</h2>
      <p className="muted">{t('reminders.policy.lead')}</p>
      {content}
    </section>
  );
}
