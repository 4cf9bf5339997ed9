import {
  type TReminderPolicy,
  type TReminderPolicyResponse,
  type TUpdateReminderPolicyRequest,
  ZUpdateReminderPolicyRequest,
} from '@gcm/domain';
import { type FormEvent, type KeyboardEvent, type ReactNode, useState } from 'react';
import { Checkbox } from '../../../components/ui/checkbox';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { FieldError, Fieldset } from '../../../components/ui/field';
import { FormSubmit } from '../../../components/ui/form-submit';
import { NumberField } from '../../../components/ui/number-field';
import { SaveFailure } from '../../../components/ui/save-failure';
import { Loading } from '../../../components/ui/spinner';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
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

/** ISO weekday numbers with their names, Monday first. */
const WEEKDAYS = [
  [1, 'Monday'],
  [2, 'Tuesday'],
  [3, 'Wednesday'],
  [4, 'Thursday'],
  [5, 'Friday'],
  [6, 'Saturday'],
  [7, 'Sunday'],
] as const;

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
  const [draft, setDraft] = useState('');
  const [addError, setAddError] = useState<string | undefined>();
  const full = days.length >= MAX_DAYS_BEFORE;

  function add() {
    const next = [...days, toNumber(draft)];
    const checked = ZUpdateReminderPolicyRequest.shape.daysBefore.safeParse(next);
    if (!checked.success) {
      setAddError(checked.error.issues[0]?.message ?? 'is not valid');
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
      legend="Remind N days before"
      hint={`Reminders before the due date, e.g. 7 and 2 days before; at most ${MAX_DAYS_BEFORE}.`}
      error={error}
    >
      {days.length > 0 ? (
        <ul className="chips" aria-label="Days before the due date" data-testid="days-before">
          {days.map((day) => (
            <li key={day} className="chip">
              {day} day{day === 1 ? '' : 's'} before
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove ${day} day${day === 1 ? '' : 's'} before`}
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
        <p className="muted">No reminder before the due date.</p>
      )}
      <div className="chips__add">
        <TextField
          label="Days before the due date to add"
          error={addError}
          {...(full ? { hint: `That is the most: remove one to add another.` } : {})}
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
          Add
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
      setNote('Nothing to save: no setting changed.');
      return;
    }
    update.mutate(parsed.data as TUpdateReminderPolicyRequest, {
      onSuccess: (response) => {
        setLoaded(response);
        setForm(formFrom(response.policy));
        setNote('Reminder policy saved. Planned reminders follow it now.');
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
      aria-label="Reminder policy"
      data-testid="reminder-policy-form"
    >
      {update.isError ? (
        <SaveFailure
          error={update.error}
          changed="the review"
          reloadLabel="Reload the policy"
          onReload={() => void reload()}
          reloading={isFetching}
          errorTitle="The reminder policy could not be saved"
          testId="policy-conflict"
        />
      ) : null}
      {loaded.warnings.length > 0 ? (
        <section
          className="notice notice--warning"
          aria-labelledby="reminder-warnings"
          data-testid="reminder-warnings"
        >
          <h3 id="reminder-warnings">Reminders that will not reach anyone</h3>
          <ul>
            {loaded.warnings.map((warning) => (
              <li key={`${warning.organisation.id}:${warning.problem}`}>{warning.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {loaded.policy.paused ? (
        <p className="notice notice--warning" data-testid="reminders-paused">
          <strong>Reminders are paused.</strong> No reminder goes out until you untick “Pause all reminders”.
        </p>
      ) : null}
      <DaysBeforeEditor
        days={form.daysBefore}
        onChange={(days) => set('daysBefore', days)}
        error={errorFor(errors, 'daysBefore')}
      />
      <Checkbox
        label="Remind on the due date"
        checked={form.onDueDate}
        onChange={(value) => set('onDueDate', value)}
      />
      <div className="form form--grid">
        {number('While overdue, every N days', 'overdueEveryDays', { min: 1, max: 30 })}
        {number(
          'At most N overdue reminders',
          'maxOverdueReminders',
          { min: 0, max: 20 },
          '0: none once overdue.',
        )}
        {number(
          'Escalate after N days overdue',
          'escalateAfterDays',
          { min: 1, max: 60 },
          "to the organisation's head contact, then to the coordinator after twice as long",
        )}
        <TextField
          label={`Send at (HH:MM, review time zone ${timeZone})`}
          error={errorFor(errors, 'sendTime')}
          className="input input--short"
          type="time"
          value={form.sendTime}
          onChange={(value) => set('sendTime', value)}
        />
      </div>
      <Checkbox
        label="Skip days off"
        hint="A reminder that falls outside the working days below, or on a public holiday, goes out on the working day before (or, once overdue, the working day after)."
        checked={form.skipWeekends}
        onChange={(value) => set('skipWeekends', value)}
      />
      <Fieldset
        legend="Working days"
        hint="The days of the week the ministries work."
        error={errorFor(errors, 'workingDays')}
      >
        <div className="form form--inline" data-testid="working-days">
          {WEEKDAYS.map(([day, name]) => (
            <Checkbox
              key={day}
              label={name}
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
        label="Public holidays"
        hint="One date per line, YYYY-MM-DD (e.g. 2027-07-11). No reminder goes out on them."
        error={errorFor(errors, 'holidays')}
        rows={4}
        value={form.holidays}
        onChange={(value) => set('holidays', value)}
      />
      <Checkbox
        label="Pause all reminders"
        hint="No automatic reminder goes out while paused; “Remind now” still works."
        checked={form.paused}
        onChange={(value) => set('paused', value)}
      />
      {errors.version ? <FieldError>{errors.version}</FieldError> : null}
      <FormSubmit mutation={update} label="Save the reminder policy" busyLabel="Saving…">
        <span role="status" className="form__saved">
          {note}
        </span>
      </FormSubmit>
    </form>
  );
}

/** The coordinator's reminder policy: when and how often the product reminds the focal points. */
export function ReminderPolicySection({ reviewId, timeZone }: { reviewId: string; timeZone: string }) {
  const { data, error, isError, refetch, isFetching } = useReminderPolicy(reviewId);
  let content: ReactNode;
  if (data) {
    content = <PolicyEditor reviewId={reviewId} timeZone={timeZone} initial={data} />;
  } else if (isError) {
    content = (
      <ErrorPanel
        title="The reminder policy could not be loaded"
        error={error}
        onRetry={() => void refetch()}
        retrying={isFetching}
      />
    );
  } else {
    content = <Loading label="Loading the reminder policy…" />;
  }
  return (
    <section className="card" aria-labelledby="policy-title">
      <h2 id="policy-title">Reminder policy</h2>
      <p className="muted">
        Reminders go by e-mail to the focal points of every assignment that is not submitted yet, and stop as
        soon as it is.
      </p>
      {content}
    </section>
  );
}
