import { type TMember, type TOrganisation, type TWorkshop, ZSetParticipantsRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FieldError } from '../../../components/ui/field';
import { OrganisationOptions } from '../../../components/ui/organisation-options';
import { SaveFailure } from '../../../components/ui/save-failure';
import { type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { useWorkshop } from '../api/get-workshop';
import { useSetParticipants } from '../api/set-participants';
import { useRebasedForm } from '../hooks/use-rebased-form';

export interface ParticipantRow {
  key: string;
  organisationId: string;
  /** A member of the review, or "" for a delegate who is not one (then `name`). */
  personId: string;
  name: string;
  invited: boolean;
  attended: boolean;
}

let nextKey = 0;

/** The caption and columns of the participants' table, in the screen's language. */
function useTableHeads() {
  const t = useT();
  return {
    caption: t('workshops.participants.caption'),
    columns: [
      t('workshops.participants.organisation'),
      t('workshops.participants.personOrDelegate'),
      t('workshops.participants.invited'),
      t('workshops.participants.attended'),
    ],
  };
}

function rowsFrom(workshop: TWorkshop): ParticipantRow[] {
  return workshop.participants.map((participant) => ({
    key: participant.id,
    organisationId: participant.organisation.id,
    personId: participant.person?.id ?? '',
    name: participant.person ? '' : (participant.name ?? ''),
    invited: participant.invited,
    attended: participant.attended,
  }));
}

const participantsPart = (workshop: TWorkshop) => workshop.participants;

/** The whole list as PUT …/participants takes it. */
export function participantsRequest(version: number, rows: readonly ParticipantRow[]) {
  return {
    version,
    participants: rows.map((row) => ({
      organisationId: row.organisationId,
      personId: row.personId === '' ? null : row.personId,
      name: row.personId === '' && row.name.trim() !== '' ? row.name.trim() : null,
      invited: row.invited,
      attended: row.attended,
    })),
  };
}

function CellError({ id, message }: { id: string; message: string | undefined }) {
  return message ? <FieldError id={id}>{message}</FieldError> : null;
}

function ParticipantEditorRow({
  row,
  index,
  organisations,
  members,
  errors,
  onChange,
  onRemove,
}: {
  row: ParticipantRow;
  index: number;
  organisations: TOrganisation[];
  members: TMember[];
  errors: FieldErrors;
  onChange: (row: ParticipantRow) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const n = index + 1;
  const path = `participants.${index}`;
  const organisationError = errors[`${path}.organisationId`];
  const personError = errors[`${path}.personId`] ?? errors[`${path}.name`];
  const people = members.filter((member) => member.organisation?.id === row.organisationId);
  const errorId = (field: string) => `participant-${row.key}-${field}-error`;
  const controlId = (field: string) => `participant-${row.key}-${field}`;
  return (
    <tr data-testid="participant-row">
      <td data-label={t('workshops.participants.organisation')}>
        {/* Labels rather than aria-label, so the error summary can name the fields it links to. */}
        <label className="visually-hidden" htmlFor={controlId('organisation')}>
          {t('workshops.participants.organisationOf', { n })}
        </label>
        <select
          id={controlId('organisation')}
          className="input"
          aria-invalid={organisationError ? true : undefined}
          aria-describedby={organisationError ? errorId('organisation') : undefined}
          value={row.organisationId}
          onChange={(event) => {
            const organisationId = event.target.value;
            const stillThere = members.some(
              (member) => member.personId === row.personId && member.organisation?.id === organisationId,
            );
            onChange({ ...row, organisationId, personId: stillThere ? row.personId : '' });
          }}
        >
          <OrganisationOptions organisations={organisations} none={t('workshops.participants.choose')} />
        </select>
        <CellError id={errorId('organisation')} message={organisationError} />
      </td>
      <td data-label={t('workshops.participants.person')}>
        <select
          className="input"
          aria-label={t('workshops.participants.personOf', { n })}
          value={row.personId}
          onChange={(event) => onChange({ ...row, personId: event.target.value })}
        >
          <option value="">{t('workshops.participants.delegate')}</option>
          {people.map((member) => (
            <option key={member.personId} value={member.personId}>
              {member.name}
            </option>
          ))}
        </select>
        {row.personId === '' ? (
          <>
            <label className="visually-hidden" htmlFor={controlId('name')}>
              {t('workshops.participants.delegateNameOf', { n })}
            </label>
            <input
              id={controlId('name')}
              className="input"
              placeholder={t('workshops.participants.delegateName')}
              aria-invalid={personError ? true : undefined}
              aria-describedby={personError ? errorId('person') : undefined}
              value={row.name}
              onChange={(event) => onChange({ ...row, name: event.target.value })}
            />
          </>
        ) : null}
        <CellError id={errorId('person')} message={personError} />
      </td>
      <td data-label={t('workshops.participants.invited')}>
        <input
          type="checkbox"
          aria-label={t('workshops.participants.invitedOf', { n })}
          checked={row.invited}
          onChange={(event) => onChange({ ...row, invited: event.target.checked })}
        />
      </td>
      <td data-label={t('workshops.participants.attended')}>
        <input
          type="checkbox"
          aria-label={t('workshops.participants.attendedOf', { n })}
          checked={row.attended}
          onChange={(event) => onChange({ ...row, attended: event.target.checked })}
        />
      </td>
      <td>
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('workshops.participants.removeOf', { n })}
          onClick={onRemove}
        >
          {t('workshops.participants.remove')}
        </button>
      </td>
    </tr>
  );
}

export function ParticipantsEditor({
  workshop,
  organisations,
  members,
}: {
  workshop: TWorkshop;
  organisations: TOrganisation[];
  members: TMember[];
}) {
  const t = useT();
  const { caption, columns } = useTableHeads();
  const { refetch, isFetching } = useWorkshop(workshop.id);
  const save = useSetParticipants(workshop);
  const { base, form: rows, setForm: setRows, reset } = useRebasedForm(workshop, participantsPart, rowsFrom);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [note, setNote] = useState('');

  function change(next: ParticipantRow[]) {
    setNote('');
    setRows(next);
  }

  async function reload() {
    const result = await refetch();
    if (result.data) {
      reset(result.data);
      setErrors({});
      save.reset();
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNote('');
    const parsed = ZSetParticipantsRequest.safeParse(participantsRequest(base.version, rows));
    const found: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error);
    rows.forEach((row, index) => {
      if (row.organisationId === '')
        found[`participants.${index}.organisationId`] = t('workshops.participants.chooseOrganisation');
    });
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (fresh) => {
        reset(fresh);
        setNote(t('workshops.participants.saved'));
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-label={t('workshops.participants.title')}
      data-testid="participants-form"
    >
      <ErrorSummary errors={errors} />
      {save.isError ? (
        <SaveFailure
          error={save.error}
          changed={t('workshops.participants.changed')}
          reloadLabel={t('workshops.participants.reload')}
          onReload={() => void reload()}
          reloading={isFetching}
          errorTitle={t('workshops.participants.saveError')}
        />
      ) : null}
      {rows.length === 0 ? (
        <p className="muted">{t('workshops.participants.empty')}</p>
      ) : (
        <DataTable
          caption={caption}
          columns={[...columns, { hidden: t('workshops.participants.actions') }]}
          stack
          className="participants-table"
        >
          {rows.map((row, index) => (
            <ParticipantEditorRow
              key={row.key}
              row={row}
              index={index}
              organisations={organisations}
              members={members}
              errors={errors}
              onChange={(next) => change(rows.map((other) => (other.key === row.key ? next : other)))}
              onRemove={() => change(rows.filter((other) => other.key !== row.key))}
            />
          ))}
        </DataTable>
      )}
      {errors.participants ? <FieldError>{errors.participants}</FieldError> : null}
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            change([
              ...rows,
              {
                key: `new-${++nextKey}`,
                organisationId: '',
                personId: '',
                name: '',
                invited: true,
                attended: false,
              },
            ])
          }
        >
          {t('workshops.participants.add')}
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('workshops.participants.saving') : t('workshops.participants.save')}
        </button>
        <span role="status" className="form__saved">
          {note}
        </span>
      </div>
    </form>
  );
}

export function ParticipantsTable({ workshop }: { workshop: TWorkshop }) {
  const t = useT();
  const { caption, columns } = useTableHeads();
  if (workshop.participants.length === 0) {
    return <p className="muted">{t('workshops.participants.noneRecorded')}</p>;
  }
  const yesNo = (value: boolean) => t(value ? 'workshops.participants.yes' : 'workshops.participants.no');
  return (
    <DataTable caption={caption} columns={columns} stack>
      {workshop.participants.map((participant) => (
        <tr key={participant.id} data-testid="participant-row">
          <td data-label={t('workshops.participants.organisation')}>{participant.organisation.name}</td>
          <td data-label={t('workshops.participants.personOrDelegate')}>
            {participant.person?.name ?? participant.name ?? (
              <span className="muted">{t('workshops.participants.notNamed')}</span>
            )}
          </td>
          <td data-label={t('workshops.participants.invited')}>{yesNo(participant.invited)}</td>
          <td data-label={t('workshops.participants.attended')}>{yesNo(participant.attended)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
