import { dueDateProblem, EARLIEST_DUE_DATE, latestDueDate } from '@gcm/domain';
import type { ReactNode } from 'react';
import { type ControlProps, Field } from './field';

/**
 * Why `dueDate` would be refused by the API today, or undefined when it is fine (or not chosen).
 * With the review's final deadline, a date after it is refused too, with the API's own message.
 */
export function dueDateRangeProblem(dueDate: string, finalDueDate?: string): string | undefined {
  return dueDate === '' ? undefined : (dueDateProblem(dueDate, new Date(), finalDueDate) ?? undefined);
}

/** The last day the date picker offers: five years on, or the final deadline when it is earlier. */
export function latestPickable(finalDueDate?: string): string {
  const latest = latestDueDate(new Date());
  return finalDueDate !== undefined && finalDueDate < latest ? finalDueDate : latest;
}

interface DueDateInputProps {
  value: string;
  onChange: (value: string) => void;
  /** From a `Field`, or `aria-label` and the id of the message for a control without a label. */
  control: Partial<ControlProps> & { 'aria-label'?: string };
  /** The review's final deadline (YYYY-MM-DD), the last day a due date of its work may fall on. */
  finalDueDate?: string | undefined;
}

/** A date input limited to the range the API accepts for due dates. */
export function DueDateInput({ value, onChange, control, finalDueDate }: DueDateInputProps) {
  return (
    <input
      {...control}
      className="input input--short"
      type="date"
      min={EARLIEST_DUE_DATE}
      max={latestPickable(finalDueDate)}
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
  /** The review's final deadline (YYYY-MM-DD): a due date after it is refused at the field. */
  finalDueDate?: string | undefined;
}

/** A labelled due date that says, as soon as it is chosen, when it is out of the accepted range. */
export function DueDateField({ label, value, onChange, error, hint, finalDueDate }: DueDateFieldProps) {
  return (
    <Field
      label={label}
      error={dueDateRangeProblem(value, finalDueDate) ?? error}
      {...(hint ? { hint } : {})}
    >
      {(control) => (
        <DueDateInput control={control} value={value} onChange={onChange} finalDueDate={finalDueDate} />
      )}
    </Field>
  );
}
