import {
  formatInstant,
  type TOrganisation,
  type TUpdateWorkshopRequest,
  type TWorkshop,
  ZUpdateWorkshopRequest,
} from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Field, FieldError, Fieldset } from '../../../components/ui/field';
import { FormSubmit } from '../../../components/ui/form-submit';
import { SaveFailure } from '../../../components/ui/save-failure';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { organisationLabel } from '../../../lib/labels';
import { useWorkshop } from '../api/get-workshop';
import { useUpdateWorkshop } from '../api/update-workshop';
import { useRebasedForm } from '../hooks/use-rebased-form';
import { basicsFrom, basicsRequest, type WorkshopBasics, WorkshopFields } from './workshop-fields';
import { modeAndPlace } from './workshop-labels';

interface AgendaItem {
  key: number;
  text: string;
}

interface DetailsForm extends WorkshopBasics {
  agenda: AgendaItem[];
  minutes: string;
  outcomes: string;
}

/** Keys of agenda items added in the form, above those (indexes) of the items loaded. */
let nextKey = 100_000;

function detailsFrom(workshop: TWorkshop, timeZone: string): DetailsForm {
  return {
    ...basicsFrom(workshop, timeZone),
    agenda: workshop.agenda.map((text, index) => ({ key: index, text })),
    minutes: workshop.minutes,
    outcomes: workshop.outcomes,
  };
}

/** The fields of the workshop this form edits, to tell its own changes from those of other sections. */
function detailsPart(workshop: TWorkshop) {
  return [
    workshop.title,
    workshop.startsAt,
    workshop.endsAt,
    workshop.mode,
    workshop.place,
    workshop.organisers.map((organisation) => organisation.id),
    workshop.agenda,
    workshop.minutes,
    workshop.outcomes,
  ];
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/** Only what changed since the workshop was loaded, with the version it was loaded at. */
export function detailsChanges(
  base: TWorkshop,
  form: DetailsForm,
  timeZone: string,
): Record<string, unknown> {
  const before = basicsFrom(base, timeZone);
  const after = basicsRequest(form, timeZone);
  const request: Record<string, unknown> = { version: base.version };
  if (form.title.trim() !== base.title) request.title = after.title;
  if (form.startsAt !== before.startsAt) request.startsAt = after.startsAt;
  if (form.endsAt !== before.endsAt) request.endsAt = after.endsAt;
  if (form.mode !== base.mode) request.mode = form.mode;
  if (form.place.trim() !== base.place) request.place = form.place;
  if (!sameList([...form.organiserIds].sort(), [...before.organiserIds].sort())) {
    request.organiserIds = form.organiserIds;
  }
  const agenda = form.agenda.map((item) => item.text.trim()).filter((text) => text !== '');
  if (!sameList(agenda, base.agenda)) request.agenda = agenda;
  if (form.minutes.trim() !== base.minutes) request.minutes = form.minutes;
  if (form.outcomes.trim() !== base.outcomes) request.outcomes = form.outcomes;
  return request;
}

function AgendaEditor({
  items,
  onChange,
  errors,
}: {
  items: AgendaItem[];
  onChange: (items: AgendaItem[]) => void;
  errors: FieldErrors;
}) {
  const t = useT();
  return (
    <Fieldset legend={t('workshops.details.agenda')} hint={t('workshops.agenda.hint')} error={errors.agenda}>
      {items.length === 0 ? <p className="muted">{t('workshops.agenda.empty')}</p> : null}
      <ol className="agenda-editor">
        {items.map((item, index) => (
          <li key={item.key} className="agenda-editor__item">
            <Field
              label={t('workshops.agenda.item', { n: index + 1 })}
              error={errorFor(errors, `agenda.${index}`)}
            >
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={item.text}
                  onChange={(event) =>
                    onChange(
                      items.map((other) =>
                        other.key === item.key ? { ...other, text: event.target.value } : other,
                      ),
                    )
                  }
                />
              )}
            </Field>
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('workshops.agenda.removeItem', { n: index + 1 })}
              onClick={() => onChange(items.filter((other) => other.key !== item.key))}
            >
              {t('workshops.agenda.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...items, { key: ++nextKey, text: '' }])}
      >
        {t('workshops.agenda.add')}
      </button>
    </Fieldset>
  );
}

export function WorkshopDetailsForm({
  workshop,
  organisations,
  timeZone,
}: {
  workshop: TWorkshop;
  organisations: TOrganisation[];
  timeZone: string;
}) {
  const t = useT();
  const { refetch, isFetching } = useWorkshop(workshop.id);
  const update = useUpdateWorkshop(workshop);
  const { base, form, setForm, reset } = useRebasedForm(workshop, detailsPart, (w) =>
    detailsFrom(w, timeZone),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [note, setNote] = useState('');

  function change(next: DetailsForm) {
    setNote('');
    setForm(next);
  }

  async function reload() {
    const result = await refetch();
    if (result.data) {
      reset(result.data);
      setErrors({});
      update.reset();
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNote('');
    const parsed = ZUpdateWorkshopRequest.safeParse(detailsChanges(base, form, timeZone));
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    if (Object.keys(parsed.data).length === 1) {
      setNote(t('workshops.details.nothing'));
      return;
    }
    update.mutate(parsed.data as TUpdateWorkshopRequest, {
      onSuccess: (fresh) => {
        reset(fresh);
        setNote(t('workshops.details.saved'));
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">{t('workshops.details.title')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={submit}
        aria-label={t('workshops.details.form')}
        data-testid="workshop-form"
      >
        <ErrorSummary errors={errors} />
        {update.isError ? (
          <SaveFailure
            error={update.error}
            changed={t('workshops.details.changed')}
            reloadLabel={t('workshops.details.reload')}
            onReload={() => void reload()}
            reloading={isFetching}
            errorTitle={t('workshops.details.saveError')}
            testId="workshop-conflict"
          />
        ) : null}
        <WorkshopFields
          form={form}
          onChange={(basics) => change({ ...form, ...basics })}
          errors={errors}
          organisations={organisations}
          timeZone={timeZone}
        />
        <AgendaEditor
          items={form.agenda}
          onChange={(agenda) => change({ ...form, agenda })}
          errors={errors}
        />
        <TextAreaField
          label={t('workshops.details.minutes')}
          error={errorFor(errors, 'minutes')}
          rows={8}
          value={form.minutes}
          onChange={(value) => change({ ...form, minutes: value })}
        />
        <TextAreaField
          label={t('workshops.details.outcomes')}
          error={errorFor(errors, 'outcomes')}
          hint={t('workshops.details.outcomesHint')}
          rows={6}
          value={form.outcomes}
          onChange={(value) => change({ ...form, outcomes: value })}
        />
        {errors.version ? <FieldError>{errors.version}</FieldError> : null}
        <FormSubmit
          mutation={update}
          label={t('workshops.details.save')}
          busyLabel={t('workshops.details.saving')}
        >
          <span role="status" className="form__saved">
            {note}
          </span>
        </FormSubmit>
      </form>
    </section>
  );
}

/** What everyone else sees: the details as recorded. */
export function WorkshopDetailsView({ workshop, timeZone }: { workshop: TWorkshop; timeZone: string }) {
  const t = useT();
  const intl = useIntl();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">{t('workshops.details.title')}</h2>
      <dl className="details">
        <div className="details__row">
          <dt>{t('workshops.details.when', { timeZone })}</dt>
          <dd>
            <time dateTime={workshop.startsAt}>
              {formatInstant(workshop.startsAt, timeZone, 'dateTime', locale)}
            </time>
            {workshop.endsAt ? (
              <>
                {' – '}
                <time dateTime={workshop.endsAt}>
                  {formatInstant(workshop.endsAt, timeZone, 'dateTime', locale)}
                </time>
              </>
            ) : null}
          </dd>
        </div>
        <div className="details__row">
          <dt>{t('workshops.details.modePlace')}</dt>
          <dd>{modeAndPlace(workshop, t)}</dd>
        </div>
        <div className="details__row">
          <dt>{t('workshops.details.organisers')}</dt>
          <dd>
            {workshop.organisers.length > 0 ? (
              intl.formatList(workshop.organisers.map(organisationLabel), {
                type: 'conjunction',
                style: 'narrow',
              })
            ) : (
              <span className="muted">{t('workshops.details.notRecorded')}</span>
            )}
          </dd>
        </div>
      </dl>
      <h3>{t('workshops.details.agenda')}</h3>
      {workshop.agenda.length > 0 ? (
        <ol>
          {workshop.agenda.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('workshops.details.noAgenda')}</p>
      )}
      <h3>{t('workshops.details.minutes')}</h3>
      {workshop.minutes ? (
        <p className="pre-wrap">{workshop.minutes}</p>
      ) : (
        <p className="muted">{t('workshops.details.noMinutes')}</p>
      )}
      <h3>{t('workshops.details.outcomes')}</h3>
      {workshop.outcomes ? (
        <p className="pre-wrap">{workshop.outcomes}</p>
      ) : (
        <p className="muted">{t('workshops.details.noOutcomes')}</p>
      )}
    </section>
  );
}
