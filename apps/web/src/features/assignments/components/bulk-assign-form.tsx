import { type TAssignmentRole, type TCreateAssignmentItem, ZBulkAssignRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { DueDateField, dueDateRangeProblem } from '../../../components/ui/due-date-field';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useBulkAssign } from '../api/bulk-assign';
import { RoleField } from './assignment-fields';

export interface SelectedCell {
  questionCode: string;
  organisationId: string;
}

interface BulkAssignFormProps {
  reviewId: string;
  selected: SelectedCell[];
  suggestedDueDate: string;
  /** The review's final deadline: no due date after it. */
  finalDueDate: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** One due date and one role for every ticked cell of the matrix, sent in one all-or-nothing request. */
export function BulkAssignForm({
  reviewId,
  selected,
  suggestedDueDate,
  finalDueDate,
  onDone,
  onCancel,
}: BulkAssignFormProps) {
  const bulk = useBulkAssign(reviewId);
  const [role, setRole] = useState<TAssignmentRole>('contributing');
  const [dueDate, setDueDate] = useState(suggestedDueDate);
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const items: TCreateAssignmentItem[] = selected.map((cell) => ({
      ...cell,
      role,
      dueDate,
      focalPointIds: [],
    }));
    const parsed = ZBulkAssignRequest.safeParse({ items });
    const found = parsed.success ? {} : issuesToFieldErrors(parsed.error);
    if (selected.length === 0) found.items = 'Tick at least one cell of the matrix';
    const outOfRange = dueDateRangeProblem(dueDate, finalDueDate);
    if (outOfRange) found['items.0.dueDate'] = outOfRange;
    if (!parsed.success || selected.length === 0 || outOfRange) {
      setErrors(found);
      return;
    }
    setErrors({});
    bulk.mutate(parsed.data, {
      onSuccess: () => onDone(`${items.length} assignment${items.length === 1 ? '' : 's'} created.`),
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  // Errors of one item ("items.3.dueDate") are the same for all: show them at the fields.
  const dueDateError = Object.entries(errors).find(([path]) => path.endsWith('.dueDate'))?.[1];
  const roleError = Object.entries(errors).find(([path]) => path.endsWith('.role'))?.[1];
  const otherError =
    errors.items ?? Object.entries(errors).find(([path]) => !/\.(dueDate|role)$/.test(path))?.[1];

  return (
    <section className="card bulk-form" aria-labelledby="bulk-form-title" data-testid="bulk-form">
      <h2 id="bulk-form-title">Assign several at once</h2>
      <p className="muted">
        Tick the empty cells of the matrix, then choose the role and due date for all of them.{' '}
        <strong aria-live="polite">{selected.length} selected.</strong>
      </p>
      <form className="form form--grid" noValidate onSubmit={submit}>
        <RoleField value={role} onChange={setRole} error={roleError} />
        <DueDateField
          label="Due date"
          value={dueDate}
          onChange={setDueDate}
          error={dueDateError}
          finalDueDate={finalDueDate}
        />
        {otherError ? (
          <p className="field__error" role="alert">
            {errorFor(errors, 'items') ?? otherError}
          </p>
        ) : null}
        {bulk.isError ? <ErrorPanel title="Nothing was assigned" error={bulk.error} /> : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={bulk.isPending}>
            {bulk.isPending ? 'Saving…' : `Assign selected (${selected.length})`}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Stop selecting
          </button>
        </div>
      </form>
    </section>
  );
}
