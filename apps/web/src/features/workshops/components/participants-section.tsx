import { type TMember, type TOrganisation, type TWorkshop, ZSetParticipantsRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { DataTable } from '../../../components/ui/data-table';
import { FieldError } from '../../../components/ui/field';
import { OrganisationOptions } from '../../../components/ui/organisation-options';
import { SaveFailure } from '../../../components/ui/save-failure';
import { type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
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

const CAPTION = 'Participants of the workshop';
const COLUMNS = ['Organisation', 'Person or delegate', 'Invited', 'Attended'];

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
  const n = index + 1;
  const path = `participants.${index}`;
  const organisationError = errors[`${path}.organisationId`];
  const personError = errors[`${path}.personId`] ?? errors[`${path}.name`];
  const people = members.filter((member) => member.organisation?.id === row.organisationId);
  const errorId = (field: string) => `participant-${row.key}-${field}-error`;
  return (
    <tr data-testid="participant-row">
      <td data-label="Organisation">
        <select
          className="input"
          aria-label={`Organisation of participant ${n}`}
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
          <OrganisationOptions organisations={organisations} none="Choose…" />
        </select>
        <CellError id={errorId('organisation')} message={organisationError} />
      </td>
      <td data-label="Person">
        <select
          className="input"
          aria-label={`Person of participant ${n}`}
          value={row.personId}
          onChange={(event) => onChange({ ...row, personId: event.target.value })}
        >
          <option value="">A delegate (not a member of the review)</option>
          {people.map((member) => (
            <option key={member.personId} value={member.personId}>
              {member.name}
            </option>
          ))}
        </select>
        {row.personId === '' ? (
          <input
            className="input"
            aria-label={`Delegate name of participant ${n}`}
            placeholder="Delegate name"
            aria-invalid={personError ? true : undefined}
            aria-describedby={personError ? errorId('person') : undefined}
            value={row.name}
            onChange={(event) => onChange({ ...row, name: event.target.value })}
          />
        ) : null}
        <CellError id={errorId('person')} message={personError} />
      </td>
      <td data-label="Invited">
        <input
          type="checkbox"
          aria-label={`Invited: participant ${n}`}
          checked={row.invited}
          onChange={(event) => onChange({ ...row, invited: event.target.checked })}
        />
      </td>
      <td data-label="Attended">
        <input
          type="checkbox"
          aria-label={`Attended: participant ${n}`}
          checked={row.attended}
          onChange={(event) => onChange({ ...row, attended: event.target.checked })}
        />
      </td>
      <td>
        <button
          type="button"
          className="button button--secondary"
          aria-label={`Remove participant ${n}`}
          onClick={onRemove}
        >
          Remove
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
      if (row.organisationId === '') found[`participants.${index}.organisationId`] = 'Choose an organisation';
    });
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (fresh) => {
        reset(fresh);
        setNote('Participants saved.');
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-label="Participants"
      data-testid="participants-form"
    >
      {save.isError ? (
        <SaveFailure
          error={save.error}
          changed="the workshop"
          reloadLabel="Reload the participants"
          onReload={() => void reload()}
          reloading={isFetching}
          errorTitle="The participants could not be saved"
        />
      ) : null}
      {rows.length === 0 ? (
        <p className="muted">No participant yet.</p>
      ) : (
        <DataTable
          caption={CAPTION}
          columns={[...COLUMNS, { hidden: 'Actions' }]}
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
          Add participant
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save the participants'}
        </button>
        <span role="status" className="form__saved">
          {note}
        </span>
      </div>
    </form>
  );
}

export function ParticipantsTable({ workshop }: { workshop: TWorkshop }) {
  if (workshop.participants.length === 0) return <p className="muted">No participant recorded.</p>;
  return (
    <DataTable caption={CAPTION} columns={COLUMNS} stack>
      {workshop.participants.map((participant) => (
        <tr key={participant.id} data-testid="participant-row">
          <td data-label="Organisation">{participant.organisation.name}</td>
          <td data-label="Person or delegate">
            {participant.person?.name ?? participant.name ?? <span className="muted">Not named</span>}
          </td>
          <td data-label="Invited">{participant.invited ? 'Yes' : 'No'}</td>
          <td data-label="Attended">{participant.attended ? 'Yes' : 'No'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
