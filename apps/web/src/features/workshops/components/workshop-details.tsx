import {
  formatInstant,
  type TOrganisation,
  type TUpdateWorkshopRequest,
  type TWorkshop,
  ZUpdateWorkshopRequest,
} from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { Field, FieldError, Fieldset } from '../../../components/ui/field';
import { FormSubmit } from '../../../components/ui/form-submit';
import { SaveFailure } from '../../../components/ui/save-failure';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
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
  return (
    <Fieldset legend="Agenda" hint="The objectives of the workshop, one per line." error={errors.agenda}>
      {items.length === 0 ? <p className="muted">No agenda item yet.</p> : null}
      <ol className="agenda-editor">
        {items.map((item, index) => (
          <li key={item.key} className="agenda-editor__item">
            <Field label={`Agenda item ${index + 1}`} error={errorFor(errors, `agenda.${index}`)}>
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
              aria-label={`Remove agenda item ${index + 1}`}
              onClick={() => onChange(items.filter((other) => other.key !== item.key))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...items, { key: ++nextKey, text: '' }])}
      >
        Add an agenda item
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
      setNote('Nothing to save: nothing changed.');
      return;
    }
    update.mutate(parsed.data as TUpdateWorkshopRequest, {
      onSuccess: (fresh) => {
        reset(fresh);
        setNote('Workshop saved.');
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      <form
        className="form"
        noValidate
        onSubmit={submit}
        aria-label="Workshop details"
        data-testid="workshop-form"
      >
        {update.isError ? (
          <SaveFailure
            error={update.error}
            changed="the workshop"
            reloadLabel="Reload the workshop"
            onReload={() => void reload()}
            reloading={isFetching}
            errorTitle="The workshop could not be saved"
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
          label="Minutes"
          error={errorFor(errors, 'minutes')}
          rows={8}
          value={form.minutes}
          onChange={(value) => change({ ...form, minutes: value })}
        />
        <TextAreaField
          label="Outcomes"
          error={errorFor(errors, 'outcomes')}
          hint="What the participants agreed."
          rows={6}
          value={form.outcomes}
          onChange={(value) => change({ ...form, outcomes: value })}
        />
        {errors.version ? <FieldError>{errors.version}</FieldError> : null}
        <FormSubmit mutation={update} label="Save the workshop" busyLabel="Saving…">
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
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      <dl className="details">
        <div className="details__row">
          <dt>When ({timeZone})</dt>
          <dd>
            <time dateTime={workshop.startsAt}>{formatInstant(workshop.startsAt, timeZone)}</time>
            {workshop.endsAt ? (
              <>
                {' – '}
                <time dateTime={workshop.endsAt}>{formatInstant(workshop.endsAt, timeZone)}</time>
              </>
            ) : null}
          </dd>
        </div>
        <div className="details__row">
          <dt>Mode and place</dt>
          <dd>{modeAndPlace(workshop)}</dd>
        </div>
        <div className="details__row">
          <dt>Organisers</dt>
          <dd>
            {workshop.organisers.length > 0 ? (
              workshop.organisers.map(organisationLabel).join(', ')
            ) : (
              <span className="muted">Not recorded</span>
            )}
          </dd>
        </div>
      </dl>
      <h3>Agenda</h3>
      {workshop.agenda.length > 0 ? (
        <ol>
          {workshop.agenda.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      ) : (
        <p className="muted">No agenda recorded.</p>
      )}
      <h3>Minutes</h3>
      {workshop.minutes ? (
        <p className="pre-wrap">{workshop.minutes}</p>
      ) : (
        <p className="muted">No minutes yet.</p>
      )}
      <h3>Outcomes</h3>
      {workshop.outcomes ? (
        <p className="pre-wrap">{workshop.outcomes}</p>
      ) : (
        <p className="muted">No outcomes recorded yet.</p>
      )}
    </section>
  );
}
