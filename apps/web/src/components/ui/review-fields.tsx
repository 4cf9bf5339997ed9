import { CATALOGUE, FINAL_DEADLINE_RANGE, localTimeZone } from '@gcm/domain';
import { useId } from 'react';
import { errorFor, type FieldErrors } from '../../lib/form-errors';
import { SelectField } from './select-field';
import { TextField } from './text-field';
import { TimeZoneOptions } from './time-zone-options';

/** What a new review is started with, as typed into the form. */
export interface ReviewFieldValues {
  templateKey: string;
  country: string;
  cycle: string;
  timeZone: string;
  finalDueDate: string;
  /** HH:MM on the final date in the review's zone; '' = the end of that day. */
  finalDueTime: string;
}

/** A blank review: the first template, this year, the browser's time zone. */
export function emptyReviewFields(): ReviewFieldValues {
  return {
    templateKey: CATALOGUE.templates[0]?.key ?? '',
    country: '',
    cycle: String(new Date().getFullYear()),
    timeZone: localTimeZone(),
    finalDueDate: '',
    finalDueTime: '',
  };
}

/** The values as the part of `ZCreateReviewRequest` they fill, still to be parsed. */
export function reviewFieldsRequest(values: ReviewFieldValues) {
  return {
    templateKey: values.templateKey,
    country: values.country,
    cycle: values.cycle.trim() === '' ? undefined : Number(values.cycle),
    timeZone: values.timeZone.trim(),
    finalDueDate: values.finalDueDate,
    ...(values.finalDueTime === '' ? {} : { finalDueTime: values.finalDueTime }),
  };
}

interface ReviewFieldsProps {
  values: ReviewFieldValues;
  errors: FieldErrors;
  onChange: (key: keyof ReviewFieldValues, value: string) => void;
}

/** Which survey, for which country and cycle. */
export function ReviewSubjectFields({ values, errors, onChange }: ReviewFieldsProps) {
  return (
    <>
      <SelectField
        label="Survey template"
        error={errorFor(errors, 'templateKey')}
        value={values.templateKey}
        onChange={(value) => onChange('templateKey', value)}
      >
        {CATALOGUE.templates.map((template) => (
          <option key={template.key} value={template.key}>
            {template.title} ({template.key})
          </option>
        ))}
      </SelectField>
      <TextField
        label="Country"
        error={errorFor(errors, 'country')}
        autoComplete="country-name"
        value={values.country}
        onChange={(value) => onChange('country', value)}
      />
      <TextField
        label="Cycle (year)"
        error={errorFor(errors, 'cycle')}
        className="input input--short"
        type="number"
        inputMode="numeric"
        min={2000}
        max={2100}
        value={values.cycle}
        onChange={(value) => onChange('cycle', value)}
      />
    </>
  );
}

/** The time zone the deadlines end in, and the final deadline. */
export function ReviewDeadlineFields({
  values,
  errors,
  onChange,
  timeZoneHint,
}: ReviewFieldsProps & { timeZoneHint: string }) {
  const timeZonesId = useId();
  return (
    <>
      <TextField
        label="Time zone"
        error={errorFor(errors, 'timeZone')}
        hint={timeZoneHint}
        list={timeZonesId}
        value={values.timeZone}
        onChange={(value) => onChange('timeZone', value)}
      />
      <TimeZoneOptions id={timeZonesId} />
      <TextField
        label="Final deadline"
        error={errorFor(errors, 'finalDueDate')}
        className="input input--short"
        type="date"
        min={FINAL_DEADLINE_RANGE.earliest}
        max={FINAL_DEADLINE_RANGE.latest}
        value={values.finalDueDate}
        onChange={(value) => onChange('finalDueDate', value)}
      />
      <FinalDueTimeField
        value={values.finalDueTime}
        error={errorFor(errors, 'finalDueTime')}
        onChange={(value) => onChange('finalDueTime', value)}
      />
    </>
  );
}

/** The local time the final deadline falls at on its day, beside the date; empty = the end of the day. */
export function FinalDueTimeField({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      label="Time of the final deadline (optional)"
      error={error}
      hint="In the review's time zone, such as 17:00. Left empty, the deadline ends at midnight."
      className="input input--short"
      type="time"
      value={value}
      onChange={onChange}
    />
  );
}
