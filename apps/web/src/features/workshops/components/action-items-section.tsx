import {
  ACTION_ITEM_STATES,
  formatCalendarDate,
  type TActionItem,
  type TOrganisation,
  type TUpdateActionItemRequest,
  type TWorkshop,
  ZCreateActionItemRequest,
  ZUpdateActionItemRequest,
} from '@gcm/domain';
import { type FormEvent, useId, useState } from 'react';
import { DataTable } from '../../../components/ui/data-table';
import { DueDateField, DueDateInput, dueDateRangeProblem } from '../../../components/ui/due-date-field';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { FieldError } from '../../../components/ui/field';
import { FormSubmit } from '../../../components/ui/form-submit';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { organisationLabel } from '../../../lib/labels';
import { useCreateActionItem } from '../api/create-action-item';
import { useUpdateActionItem } from '../api/update-action-item';
import { ACTION_ITEM_STATE_LABELS } from './workshop-labels';

interface ItemForm {
  ownerOrganisationId: string;
  dueDate: string;
  state: TActionItem['state'];
}

function itemForm(item: TActionItem): ItemForm {
  return {
    ownerOrganisationId: item.ownerOrganisation?.id ?? '',
    dueDate: item.dueDate ?? '',
    state: item.state,
  };
}

/** Only what changed, with the item's version. */
export function actionItemChanges(item: TActionItem, form: ItemForm): Record<string, unknown> {
  const before = itemForm(item);
  const request: Record<string, unknown> = { version: item.version };
  if (form.ownerOrganisationId !== before.ownerOrganisationId) {
    request.ownerOrganisationId = form.ownerOrganisationId || null;
  }
  if (form.dueDate !== before.dueDate) request.dueDate = form.dueDate || null;
  if (form.state !== before.state) request.state = form.state;
  return request;
}

function OwnerOptions({ organisations }: { organisations: TOrganisation[] }) {
  return (
    <>
      <option value="">No owner</option>
      {organisations.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisationLabel(organisation)}
        </option>
      ))}
    </>
  );
}

function ActionItemRow({
  workshop,
  item,
  index,
  organisations,
}: {
  workshop: TWorkshop;
  item: TActionItem;
  index: number;
  organisations: TOrganisation[];
}) {
  const update = useUpdateActionItem(workshop);
  const [base, setBase] = useState(item);
  const [form, setForm] = useState(() => itemForm(item));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [note, setNote] = useState('');
  const dueDateErrorId = useId();
  const dueDateIssue = dueDateRangeProblem(form.dueDate);
  const dirty = JSON.stringify(form) !== JSON.stringify(itemForm(base));
  if (item !== base && !dirty) {
    // The item as loaded again (after a save here or elsewhere): show it, unless edits are pending.
    setBase(item);
    setForm(itemForm(item));
  }
  const n = index + 1;
  const set = <K extends keyof ItemForm>(key: K, value: ItemForm[K]) => {
    setNote('');
    setForm((current) => ({ ...current, [key]: value }));
  };

  function save() {
    setNote('');
    if (dueDateIssue) return;
    const parsed = ZUpdateActionItemRequest.safeParse(actionItemChanges(base, form));
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    if (Object.keys(parsed.data).length === 1) {
      setNote('Nothing changed.');
      return;
    }
    update.mutate(
      { actionItemId: item.id, request: parsed.data as TUpdateActionItemRequest },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setForm(itemForm(saved));
          setNote('Saved.');
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            // Someone else changed it: drop the edits so the reloaded item shows, and say so.
            setForm(itemForm(base));
            setErrors({
              version: `${error.message} It now shows their version: make your change again if it is still needed.`,
            });
            return;
          }
          setErrors(serverFieldErrors(error));
        },
      },
    );
  }

  const problem = Object.values(errors)[0];
  return (
    <tr data-testid="action-item">
      <td data-label="Action">
        <span className="pre-wrap">{item.text}</span>
        {update.isError && !problem ? (
          <p className="field__error" role="alert">
            {update.error.message}
          </p>
        ) : null}
        {problem ? (
          <p className="field__error" role="alert">
            {problem}
          </p>
        ) : null}
      </td>
      <td data-label="Owner">
        <select
          className="input"
          aria-label={`Owner of action item ${n}`}
          value={form.ownerOrganisationId}
          onChange={(event) => set('ownerOrganisationId', event.target.value)}
        >
          <OwnerOptions organisations={organisations} />
        </select>
      </td>
      <td data-label="Due date">
        <DueDateInput
          control={{
            'aria-label': `Due date of action item ${n}`,
            'aria-invalid': dueDateIssue ? true : undefined,
            'aria-describedby': dueDateIssue ? dueDateErrorId : undefined,
          }}
          value={form.dueDate}
          onChange={(value) => set('dueDate', value)}
        />
        {dueDateIssue ? <FieldError id={dueDateErrorId}>{dueDateIssue}</FieldError> : null}
      </td>
      <td data-label="State">
        <select
          className="input"
          aria-label={`State of action item ${n}`}
          value={form.state}
          onChange={(event) => set('state', event.target.value as ItemForm['state'])}
        >
          {ACTION_ITEM_STATES.map((state) => (
            <option key={state} value={state}>
              {ACTION_ITEM_STATE_LABELS[state]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button
          type="button"
          className="button button--secondary"
          aria-label={`Save action item ${n}`}
          disabled={update.isPending}
          onClick={save}
        >
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
        <span role="status" className="form__saved">
          {note}
        </span>
      </td>
    </tr>
  );
}

function NewActionItemForm({
  workshop,
  organisations,
}: {
  workshop: TWorkshop;
  organisations: TOrganisation[];
}) {
  const create = useCreateActionItem(workshop);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [note, setNote] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNote('');
    if (dueDateRangeProblem(dueDate)) return;
    const parsed = ZCreateActionItemRequest.safeParse({
      text,
      ownerOrganisationId: owner || null,
      dueDate: dueDate || null,
    });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: () => {
        setText('');
        setOwner('');
        setDueDate('');
        setNote('Action item added.');
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-label="New action item">
      <h3>Add an action item</h3>
      {create.isError ? <ErrorPanel title="The action item could not be added" error={create.error} /> : null}
      <TextAreaField
        label="Action item"
        error={errorFor(errors, 'text')}
        rows={2}
        value={text}
        onChange={setText}
      />
      <div className="form form--grid">
        <SelectField
          label="Owner"
          error={errorFor(errors, 'ownerOrganisationId')}
          value={owner}
          onChange={setOwner}
        >
          <OwnerOptions organisations={organisations} />
        </SelectField>
        <DueDateField
          label="Due date"
          value={dueDate}
          onChange={setDueDate}
          error={errorFor(errors, 'dueDate')}
          hint="Optional."
        />
      </div>
      <FormSubmit mutation={create} label="Add the action item" busyLabel="Adding…">
        <span role="status" className="form__saved">
          {note}
        </span>
      </FormSubmit>
    </form>
  );
}

const CAPTION = 'Action items of the workshop';
const COLUMNS = ['Action', 'Owner', 'Due date', 'State'];

export function ActionItemsSection({
  workshop,
  organisations,
  editable,
}: {
  workshop: TWorkshop;
  organisations: TOrganisation[];
  editable: boolean;
}) {
  const items = workshop.actionItems;
  return (
    <section className="card" aria-labelledby="action-items-title">
      <h2 id="action-items-title">Action items</h2>
      {items.length === 0 ? (
        <p className="muted">No action item yet.</p>
      ) : editable ? (
        <DataTable caption={CAPTION} columns={[...COLUMNS, { hidden: 'Save' }]} stack>
          {items.map((item, index) => (
            <ActionItemRow
              key={item.id}
              workshop={workshop}
              item={item}
              index={index}
              organisations={organisations}
            />
          ))}
        </DataTable>
      ) : (
        <DataTable caption={CAPTION} columns={COLUMNS} stack>
          {items.map((item) => (
            <tr key={item.id} data-testid="action-item">
              <td data-label="Action" className="pre-wrap">
                {item.text}
              </td>
              <td data-label="Owner">
                {item.ownerOrganisation ? (
                  organisationLabel(item.ownerOrganisation)
                ) : (
                  <span className="muted">None</span>
                )}
              </td>
              <td data-label="Due date">
                {item.dueDate ? (
                  formatCalendarDate(item.dueDate, 'short')
                ) : (
                  <span className="muted">None</span>
                )}
              </td>
              <td data-label="State">{ACTION_ITEM_STATE_LABELS[item.state]}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {editable ? <NewActionItemForm workshop={workshop} organisations={organisations} /> : null}
    </section>
  );
}
