import {
  type TAssignment,
  type TAssignmentRole,
  type TCreateAssignmentItem,
  type TFocalPointsChange,
  type TMember,
  type TOrganisation,
  ZBulkAssignRequest,
} from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { DueDateField, dueDateRangeProblem } from '../../../components/ui/due-date-field';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { type MessageId, useT } from '../../../lib/i18n/use-t';
import { organisationLabel } from '../../../lib/labels';
import { useBulkAssign } from '../api/bulk-assign';
import { FocalPointsFieldset, RoleField } from './assignment-fields';

export interface SelectedCell {
  questionCode: string;
  organisationId: string;
}

interface BulkAssignFormProps {
  reviewId: string;
  /** The ticked empty cells, to assign. */
  selected: SelectedCell[];
  /** The ticked assignments, to give focal points. */
  selectedAssignments: TAssignment[];
  organisations: TOrganisation[];
  members: TMember[];
  suggestedDueDate: string;
  /** The review's final deadline: no due date after it. */
  finalDueDate: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

type Translate = (id: MessageId, values?: Record<string, number>) => string;

/** "2 assignments created; focal points added to 5 assignments." */
export function bulkOutcome(t: Translate, created: number, changed: number): string {
  if (changed === 0) return t('assignments.bulk.created', { created });
  if (created === 0) return t('assignments.bulk.changed', { changed });
  return t('assignments.bulk.createdAndChanged', { created, changed });
}

function submitLabel(t: Translate, empty: number, assigned: number): string {
  if (assigned === 0) return t('assignments.bulk.assign', { count: empty });
  if (empty === 0) return t('assignments.bulk.addFocalPoints', { count: assigned });
  return t('assignments.bulk.assignAndAdd', { count: empty + assigned });
}

/**
 * What the ticked cells of the matrix get, in one all-or-nothing request: a role and a due date for
 * every empty cell, and, per organisation, focal points for its new and its ticked assignments
 * (added to those an assignment already has).
 */
export function BulkAssignForm({
  reviewId,
  selected,
  selectedAssignments,
  organisations,
  members,
  suggestedDueDate,
  finalDueDate,
  onDone,
  onCancel,
}: BulkAssignFormProps) {
  const t = useT();
  const bulk = useBulkAssign(reviewId);
  const [role, setRole] = useState<TAssignmentRole>('contributing');
  const [dueDate, setDueDate] = useState(suggestedDueDate);
  const [focal, setFocal] = useState<Record<string, string[]>>({});
  const [errors, setErrors] = useState<FieldErrors>({});

  const involved = organisations.filter(
    (organisation) =>
      selected.some((cell) => cell.organisationId === organisation.id) ||
      selectedAssignments.some((assignment) => assignment.organisation.id === organisation.id),
  );
  const chosenFor = (organisationId: string) => focal[organisationId] ?? [];

  function toggleFocalPoint(organisationId: string, personId: string, checked: boolean) {
    setFocal((current) => {
      const ids = current[organisationId] ?? [];
      return {
        ...current,
        [organisationId]: checked ? [...ids, personId] : ids.filter((id) => id !== personId),
      };
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const items: TCreateAssignmentItem[] = selected.map((cell) => ({
      ...cell,
      role,
      dueDate,
      focalPointIds: chosenFor(cell.organisationId),
    }));
    const focalPoints: TFocalPointsChange[] = selectedAssignments.flatMap((assignment) => {
      const current = assignment.focalPoints.map((person) => person.id);
      const added = chosenFor(assignment.organisation.id).filter((id) => !current.includes(id));
      return added.length === 0
        ? []
        : [
            {
              assignmentId: assignment.id,
              version: assignment.version,
              focalPointIds: [...current, ...added],
            },
          ];
    });
    const parsed = ZBulkAssignRequest.safeParse({ items, focalPoints });
    const found = parsed.success ? {} : issuesToFieldErrors(parsed.error);
    if (selected.length + selectedAssignments.length === 0) {
      found.items = t('assignments.bulk.tickCell');
    } else if (items.length === 0 && focalPoints.length === 0) {
      found.items = t('assignments.bulk.tickFocalPoints');
    }
    const outOfRange = items.length > 0 ? dueDateRangeProblem(dueDate, finalDueDate) : undefined;
    if (outOfRange) found['items.0.dueDate'] = outOfRange;
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setErrors({});
    bulk.mutate(parsed.data, {
      onSuccess: () => onDone(bulkOutcome(t, items.length, focalPoints.length)),
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  // Errors of one item ("items.3.dueDate") are the same for all: show them at the fields.
  const dueDateError = Object.entries(errors).find(([path]) => path.endsWith('.dueDate'))?.[1];
  const roleError = Object.entries(errors).find(([path]) => path.endsWith('.role'))?.[1];
  const focalError = Object.entries(errors).find(([path]) => /\.focalPointIds(\.\d+)?$/.test(path))?.[1];
  const otherError =
    errors.items ??
    Object.entries(errors).find(([path]) => !/\.(dueDate|role|focalPointIds(\.\d+)?)$/.test(path))?.[1];

  return (
    <section className="card bulk-form" aria-labelledby="bulk-form-title" data-testid="bulk-form">
      <h2 id="bulk-form-title">{t('assignments.bulk.title')}</h2>
      <p className="muted">
        {t('assignments.bulk.lead')}{' '}
        <strong aria-live="polite" data-testid="bulk-count">
          {t('assignments.bulk.count', { empty: selected.length, assigned: selectedAssignments.length })}
        </strong>
      </p>
      <form className="form form--grid" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} />
        {selected.length > 0 ? (
          <>
            <RoleField value={role} onChange={setRole} error={roleError} />
            <DueDateField
              label={t('assignments.form.dueDate')}
              value={dueDate}
              onChange={setDueDate}
              error={dueDateError}
              finalDueDate={finalDueDate}
            />
          </>
        ) : null}
        {involved.map((organisation) => (
          <FocalPointsFieldset
            key={organisation.id}
            legend={t('assignments.bulk.focalPointsFor', { organisation: organisationLabel(organisation) })}
            reviewId={reviewId}
            organisationChosen
            candidates={members.filter((member) => member.organisation?.id === organisation.id)}
            chosen={chosenFor(organisation.id)}
            onToggle={(personId, checked) => toggleFocalPoint(organisation.id, personId, checked)}
            error={undefined}
          />
        ))}
        {focalError ? (
          <p className="field__error" role="alert">
            {t('assignments.bulk.focalError', { message: focalError })}
          </p>
        ) : null}
        {otherError ? (
          <p className="field__error" role="alert">
            {errorFor(errors, 'items') ?? otherError}
          </p>
        ) : null}
        {bulk.isError ? <ErrorPanel title={t('assignments.bulk.failed')} error={bulk.error} /> : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={bulk.isPending}>
            {bulk.isPending
              ? t('ui.save.saving')
              : submitLabel(t, selected.length, selectedAssignments.length)}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('assignments.toolbar.stop')}
          </button>
        </div>
      </form>
    </section>
  );
}
