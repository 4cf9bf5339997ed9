import {
  isoToZonedInput,
  type TOrganisation,
  type TWorkshop,
  type TWorkshopSummary,
  WORKSHOP_MODES,
  zonedInputToIso,
} from '@gcm/domain';
import { useId } from 'react';
import { Fieldset } from '../../../components/ui/field';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { errorFor, type FieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { organisationLabel } from '../../../lib/labels';
import { workshopModeLabelId } from './workshop-labels';

/** What the "New workshop" form and the details form share; date-times as datetime-local values. */
export interface WorkshopBasics {
  title: string;
  startsAt: string;
  endsAt: string;
  mode: TWorkshopSummary['mode'];
  place: string;
  organiserIds: string[];
}

export function basicsFrom(workshop: TWorkshop, timeZone: string): WorkshopBasics {
  return {
    title: workshop.title,
    startsAt: isoToZonedInput(workshop.startsAt, timeZone),
    endsAt: workshop.endsAt ? isoToZonedInput(workshop.endsAt, timeZone) : '',
    mode: workshop.mode,
    place: workshop.place,
    organiserIds: workshop.organisers.map((organisation) => organisation.id),
  };
}

/** The basics as the contract has them: ISO date-times with the offset of the review's time zone. */
export function basicsRequest(form: WorkshopBasics, timeZone: string) {
  return {
    title: form.title,
    startsAt: zonedInputToIso(form.startsAt, timeZone),
    endsAt: form.endsAt.trim() === '' ? null : zonedInputToIso(form.endsAt, timeZone),
    mode: form.mode,
    place: form.place,
    organiserIds: form.organiserIds,
  };
}

interface WorkshopFieldsProps {
  form: WorkshopBasics;
  onChange: (form: WorkshopBasics) => void;
  errors: FieldErrors;
  organisations: TOrganisation[];
  timeZone: string;
}

/** Title, start and end (in the review's time zone), mode, place and the organising organisations. */
export function WorkshopFields({ form, onChange, errors, organisations, timeZone }: WorkshopFieldsProps) {
  const t = useT();
  const organiserId = useId();
  const set = <K extends keyof WorkshopBasics>(key: K, value: WorkshopBasics[K]) =>
    onChange({ ...form, [key]: value });
  return (
    <>
      <TextField
        label={t('workshops.fields.title')}
        error={errorFor(errors, 'title')}
        value={form.title}
        onChange={(value) => set('title', value)}
      />
      <div className="form form--grid">
        <TextField
          label={t('workshops.fields.starts', { timeZone })}
          error={errorFor(errors, 'startsAt')}
          type="datetime-local"
          value={form.startsAt}
          onChange={(value) => set('startsAt', value)}
        />
        <TextField
          label={t('workshops.fields.ends', { timeZone })}
          error={errorFor(errors, 'endsAt')}
          hint={t('workshops.fields.optional')}
          type="datetime-local"
          value={form.endsAt}
          onChange={(value) => set('endsAt', value)}
        />
        <SelectField
          label={t('workshops.fields.mode')}
          error={errorFor(errors, 'mode')}
          value={form.mode}
          onChange={(value) => set('mode', value as WorkshopBasics['mode'])}
        >
          {WORKSHOP_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(workshopModeLabelId(mode))}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('workshops.fields.place')}
          error={errorFor(errors, 'place')}
          hint={t('workshops.fields.placeHint')}
          value={form.place}
          onChange={(value) => set('place', value)}
        />
      </div>
      <Fieldset
        legend={t('workshops.fields.organisers')}
        error={errorFor(errors, 'organiserIds')}
        hint={t('workshops.fields.organisersHint')}
      >
        {organisations.length === 0 ? (
          <p className="muted">{t('workshops.fields.noOrganisations')}</p>
        ) : (
          <ul className="check-list">
            {organisations.map((organisation) => (
              <li key={organisation.id}>
                <label className="choice">
                  <input
                    id={`${organiserId}-${organisation.id}`}
                    type="checkbox"
                    checked={form.organiserIds.includes(organisation.id)}
                    onChange={(event) =>
                      set(
                        'organiserIds',
                        event.target.checked
                          ? [...form.organiserIds, organisation.id]
                          : form.organiserIds.filter((id) => id !== organisation.id),
                      )
                    }
                  />{' '}
                  {organisation.name}
                  {organisationLabel(organisation) !== organisation.name ? (
                    <span className="muted"> ({organisationLabel(organisation)})</span>
                  ) : null}
                </label>
              </li>
            ))}
          </ul>
        )}
      </Fieldset>
    </>
  );
}
