import { dueDateProblem, EARLIEST_DUE_DATE, latestDueDate } from '@gcm/domain';
import type { ReactNode } from 'react';
import { type ControlProps, Field } from './field';

/** Why `dueDate` would be refused by the API today, or undefined when it is fine (or not chosen). */
export function dueDateRangeProblem(dueDate: string): string | undefined {
  return dueDate === '' ? undefined : (dueDateProblem(dueDate, new Date()) ?? undefined);
}

interface DueDateInputProps {
  value: string;
  onChange: (value: string) => void;
  /** From a `Field`, or `aria-label` and the id of the message for a control without a label. */
  control: Partial<ControlProps> & { 'aria-label'?: string };
}

/** A date input limited to the range the API accepts for due dates. */
export function DueDateInput({ value, onChange, control }: DueDateInputProps) {
  return (
    <input
      {...control}
      className="input input--short"
      type="date"
      min={EARLIEST_DUE_DATE}
      max={latestDueDate(new Date())}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

interface DueDateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A message from zod or from the server; a date out of range is reported first. */
  error?: string | undefined;
  hint?: ReactNode;
}

/** A labelled due date that says, as soon as it is chosen, when it is out of the accepted range. */
export function DueDateField({ label, value, onChange, error, hint }: DueDateFieldProps) {
  return (
    <Field label={label} error={dueDateRangeProblem(value) ?? error} {...(hint ? { hint } : {})}>
      {(control) => <DueDateInput control={control} value={value} onChange={onChange} />}
    </Field>
  );
}
