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
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FieldError } from '../../../components/ui/field';
import { FormSubmit } from '../../../components/ui/form-submit';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { organisationLabel } from '../../../lib/labels';
import { useCreateActionItem } from '../api/create-action-item';
import { useUpdateActionItem } from '../api/update-action-item';
import { actionItemStateLabelId } from './workshop-labels';

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
  const t = useT();
  return (
    <>
      <option value="">{t('workshops.actionItems.noOwner')}</option>
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
  const t = useT();
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
      setNote(t('workshops.actionItems.nothing'));
      return;
    }
    update.mutate(
      { actionItemId: item.id, request: parsed.data as TUpdateActionItemRequest },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setForm(itemForm(saved));
          setNote(t('workshops.actionItems.saved'));
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            // Someone else changed it: drop the edits so the reloaded item shows, and say so.
            setForm(itemForm(base));
            setErrors({
              version: t('workshops.actionItems.conflict', { message: error.message }),
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
      <td data-label={t('workshops.actionItems.action')}>
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
      <td data-label={t('workshops.actionItems.owner')}>
        <select
          className="input"
          aria-label={t('workshops.actionItems.ownerOf', { n })}
          value={form.ownerOrganisationId}
          onChange={(event) => set('ownerOrganisationId', event.target.value)}
        >
          <OwnerOptions organisations={organisations} />
        </select>
      </td>
      <td data-label={t('workshops.actionItems.dueDate')}>
        <DueDateInput
          control={{
            'aria-label': t('workshops.actionItems.dueDateOf', { n }),
            'aria-invalid': dueDateIssue ? true : undefined,
            'aria-describedby': dueDateIssue ? dueDateErrorId : undefined,
          }}
          value={form.dueDate}
          onChange={(value) => set('dueDate', value)}
        />
        {dueDateIssue ? <FieldError id={dueDateErrorId}>{dueDateIssue}</FieldError> : null}
      </td>
      <td data-label={t('workshops.actionItems.state')}>
        <select
          className="input"
          aria-label={t('workshops.actionItems.stateOf', { n })}
          value={form.state}
          onChange={(event) => set('state', event.target.value as ItemForm['state'])}
        >
          {ACTION_ITEM_STATES.map((state) => (
            <option key={state} value={state}>
              {t(actionItemStateLabelId(state))}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('workshops.actionItems.saveOf', { n })}
          disabled={update.isPending}
          onClick={save}
        >
          {update.isPending ? t('workshops.actionItems.saving') : t('workshops.actionItems.save')}
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
  const t = useT();
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
        setNote(t('workshops.actionItems.added'));
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('workshops.actionItems.newForm')}>
      <h3>{t('workshops.actionItems.addTitle')}</h3>
      <ErrorSummary errors={errors} />
      {create.isError ? (
        <ErrorPanel title={t('workshops.actionItems.addError')} error={create.error} />
      ) : null}
      <TextAreaField
        label={t('workshops.actionItems.text')}
        error={errorFor(errors, 'text')}
        rows={2}
        value={text}
        onChange={setText}
      />
      <div className="form form--grid">
        <SelectField
          label={t('workshops.actionItems.owner')}
          error={errorFor(errors, 'ownerOrganisationId')}
          value={owner}
          onChange={setOwner}
        >
          <OwnerOptions organisations={organisations} />
        </SelectField>
        <DueDateField
          label={t('workshops.actionItems.dueDate')}
          value={dueDate}
          onChange={setDueDate}
          error={errorFor(errors, 'dueDate')}
          hint={t('workshops.actionItems.optional')}
        />
      </div>
      <FormSubmit
        mutation={create}
        label={t('workshops.actionItems.add')}
        busyLabel={t('workshops.actionItems.adding')}
      >
        <span role="status" className="form__saved">
          {note}
        </span>
      </FormSubmit>
    </form>
  );
}

export function ActionItemsSection({
  workshop,
  organisations,
  editable,
}: {
  workshop: TWorkshop;
  organisations: TOrganisation[];
  editable: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const items = workshop.actionItems;
  const caption = t('workshops.actionItems.caption');
  const columns = [
    t('workshops.actionItems.action'),
    t('workshops.actionItems.owner'),
    t('workshops.actionItems.dueDate'),
    t('workshops.actionItems.state'),
  ];
  return (
    <section className="card" aria-labelledby="action-items-title">
      <h2 id="action-items-title">{t('workshops.actionItems.title')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('workshops.actionItems.empty')}</p>
      ) : editable ? (
        <DataTable
          caption={caption}
          columns={[...columns, { hidden: t('workshops.actionItems.save') }]}
          stack
        >
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
        <DataTable caption={caption} columns={columns} stack>
          {items.map((item) => (
            <tr key={item.id} data-testid="action-item">
              <td data-label={t('workshops.actionItems.action')} className="pre-wrap">
                {item.text}
              </td>
              <td data-label={t('workshops.actionItems.owner')}>
                {item.ownerOrganisation ? (
                  organisationLabel(item.ownerOrganisation)
                ) : (
                  <span className="muted">{t('workshops.actionItems.none')}</span>
                )}
              </td>
              <td data-label={t('workshops.actionItems.dueDate')}>
                {item.dueDate ? (
                  formatCalendarDate(item.dueDate, 'short', locale)
                ) : (
                  <span className="muted">{t('workshops.actionItems.none')}</span>
                )}
              </td>
              <td data-label={t('workshops.actionItems.state')}>{t(actionItemStateLabelId(item.state))}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {editable ? <NewActionItemForm workshop={workshop} organisations={organisations} /> : null}
    </section>
  );
}
