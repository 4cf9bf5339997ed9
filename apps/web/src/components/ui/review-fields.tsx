import { BUILT_IN_QUESTIONNAIRES, FINAL_DEADLINE_RANGE, localTimeZone } from '@gcm/domain';
import { useEffect, useId } from 'react';
import { useQuestionnaires } from '../../lib/api/get-questionnaires';
import { errorFor, type FieldErrors } from '../../lib/form-errors';
import { useT } from '../../lib/i18n/use-t';
import { SelectField } from './select-field';
import { TextField } from './text-field';
import { TimeZoneOptions } from './time-zone-options';

/** What a new review is started with, as typed into the form. */
export interface ReviewFieldValues {
  /** The questionnaire followed, as "key@version" (see {@link questionnaireChoice}). */
  questionnaire: string;
  country: string;
  cycle: string;
  timeZone: string;
  finalDueDate: string;
  /** HH:MM on the final date in the review's zone; '' = the end of that day. */
  finalDueTime: string;
  /** The id of the country's previous review to start from; '' = start empty. */
  carryForwardFrom: string;
}

/** How a questionnaire is chosen in the form: "escap-gcm-review-2020@1". */
export function questionnaireChoice(questionnaire: { key: string; version: number }): string {
  return `${questionnaire.key}@${questionnaire.version}`;
}

function parseChoice(choice: string): { templateKey: string; templateVersion?: number } {
  const at = choice.lastIndexOf('@');
  if (at < 0) return { templateKey: choice };
  return { templateKey: choice.slice(0, at), templateVersion: Number(choice.slice(at + 1)) };
}

const BUILT_IN_CHOICES = BUILT_IN_QUESTIONNAIRES.map(({ key, version, title }) => ({ key, version, title }));

/** A blank review: the first built-in questionnaire, this year, the browser's time zone. */
export function emptyReviewFields(): ReviewFieldValues {
  const first = BUILT_IN_CHOICES[0];
  return {
    questionnaire: first ? questionnaireChoice(first) : '',
    country: '',
    cycle: String(new Date().getFullYear()),
    timeZone: localTimeZone(),
    finalDueDate: '',
    finalDueTime: '',
    carryForwardFrom: '',
  };
}

/** The values as the part of `ZCreateReviewRequest` they fill, still to be parsed. */
export function reviewFieldsRequest(values: ReviewFieldValues) {
  return {
    ...parseChoice(values.questionnaire),
    country: values.country,
    cycle: values.cycle.trim() === '' ? undefined : Number(values.cycle),
    timeZone: values.timeZone.trim(),
    finalDueDate: values.finalDueDate,
    ...(values.finalDueTime === '' ? {} : { finalDueTime: values.finalDueTime }),
    ...(values.carryForwardFrom === '' ? {} : { carryForwardFrom: values.carryForwardFrom }),
  };
}

interface ReviewFieldsProps {
  values: ReviewFieldValues;
  errors: FieldErrors;
  onChange: (key: keyof ReviewFieldValues, value: string) => void;
}

/**
 * The questionnaires to choose from: those GET /api/questionnaires lists (built in and imported),
 * the built-in ones until it answers.
 */
function QuestionnaireField({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const t = useT();
  const questionnaires = useQuestionnaires();
  const choices = questionnaires.data?.questionnaires ?? BUILT_IN_CHOICES;
  return (
    <SelectField
      label={t('ui.review.questionnaire')}
      error={error}
      hint={t(questionnaires.isError ? 'ui.review.questionnaire.failed' : 'ui.review.questionnaire.hint')}
      value={value}
      onChange={onChange}
    >
      {choices.map((questionnaire) => (
        <option key={questionnaireChoice(questionnaire)} value={questionnaireChoice(questionnaire)}>
          {t('ui.review.questionnaire.option', {
            title: questionnaire.title,
            version: questionnaire.version,
          })}
        </option>
      ))}
    </SelectField>
  );
}

/** Which questionnaire, for which country and cycle. */
export function ReviewSubjectFields({ values, errors, onChange }: ReviewFieldsProps) {
  const t = useT();
  return (
    <>
      <QuestionnaireField
        value={values.questionnaire}
        error={errorFor(errors, 'templateKey') ?? errorFor(errors, 'templateVersion')}
        onChange={(value) => onChange('questionnaire', value)}
      />
      <TextField
        label={t('ui.review.country')}
        error={errorFor(errors, 'country')}
        autoComplete="country-name"
        value={values.country}
        onChange={(value) => onChange('country', value)}
      />
      <TextField
        label={t('ui.review.cycle')}
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
  const t = useT();
  const timeZonesId = useId();
  return (
    <>
      <TextField
        label={t('ui.review.timeZone')}
        error={errorFor(errors, 'timeZone')}
        hint={timeZoneHint}
        list={timeZonesId}
        value={values.timeZone}
        onChange={(value) => onChange('timeZone', value)}
      />
      <TimeZoneOptions id={timeZonesId} />
      <TextField
        label={t('ui.review.finalDueDate')}
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
  const t = useT();
  return (
    <TextField
      label={t('ui.review.finalDueTime')}
      error={error}
      hint={t('ui.review.finalDueTime.hint')}
      className="input input--short"
      type="time"
      value={value}
      onChange={onChange}
    />
  );
}

/** A review a new one could start from, as the reviews lists give it. */
export interface PreviousReview {
  id: string;
  title: string;
  country: string;
  cycle: number;
}

function sameCountry(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/**
 * The reviews a new review of `country` in `cycle` can start from: the same country (letter case
 * and surrounding spaces aside) and an earlier cycle, the newest first. None until a country is typed.
 */
export function previousCycles(
  reviews: readonly PreviousReview[],
  country: string,
  cycle: string,
): PreviousReview[] {
  const year = Number(cycle);
  if (country.trim() === '' || cycle.trim() === '' || !Number.isInteger(year)) return [];
  return reviews
    .filter((review) => sameCountry(review.country, country) && review.cycle < year)
    .sort((a, b) => b.cycle - a.cycle || a.title.localeCompare(b.title));
}

interface CarryForwardFieldProps {
  values: ReviewFieldValues;
  error: string | undefined;
  onChange: (value: string) => void;
  /** The reviews the person can see (undefined while they load). */
  reviews: readonly PreviousReview[] | undefined;
  /** The list could not be loaded. */
  failed: boolean;
  /** The reviews offered are those the person coordinates (said when there is none). */
  coordinatedOnly?: boolean;
}

/**
 * "Start from a previous cycle": one of the country's earlier reviews, whose organisations, people,
 * plan of assignments and final answers the new review starts with. A choice that no longer fits
 * the country or cycle typed is dropped.
 */
export function CarryForwardField({
  values,
  error,
  onChange,
  reviews,
  failed,
  coordinatedOnly = false,
}: CarryForwardFieldProps) {
  const t = useT();
  const choices = previousCycles(reviews ?? [], values.country, values.cycle);
  const chosen = values.carryForwardFrom;
  const stale = reviews !== undefined && chosen !== '' && !choices.some((review) => review.id === chosen);
  useEffect(() => {
    if (stale) onChange('');
  }, [stale, onChange]);

  const none = { country: values.country.trim(), cycle: values.cycle, mine: coordinatedOnly ? 'yes' : 'no' };
  const hint = failed
    ? t('ui.review.carry.failed')
    : reviews === undefined
      ? t('ui.review.carry.loading')
      : values.country.trim() === ''
        ? t('ui.review.carry.typeCountry')
        : choices.length === 0
          ? t(values.cycle ? 'ui.review.carry.none' : 'ui.review.carry.noneThisCycle', none)
          : t('ui.review.carry.explain');
  return (
    <SelectField
      label={t('ui.review.carry')}
      error={error}
      hint={hint}
      value={stale ? '' : chosen}
      disabled={choices.length === 0}
      onChange={onChange}
    >
      <option value="">{t('ui.review.carry.empty')}</option>
      {choices.map((review) => (
        <option key={review.id} value={review.id}>
          {review.title} ({review.cycle})
        </option>
      ))}
    </SelectField>
  );
}
