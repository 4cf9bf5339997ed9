import {
  formatCalendarDate,
  SUGGESTED_LEAD_DAYS,
  type TAssignment,
  type TAssignmentRole,
  type TMember,
  type TOrganisation,
  type TReviewQuestion,
  ZCreateAssignmentRequest,
  ZUpdateAssignmentRequest,
} from '@gcm/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { DueDateField, dueDateRangeProblem } from '../../../components/ui/due-date-field';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Field } from '../../../components/ui/field';
import { OrganisationOptions } from '../../../components/ui/organisation-options';
import { SelectField } from '../../../components/ui/select-field';
import { ContributionStateBadge } from '../../../components/ui/status-badge';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { organisationLabel } from '../../../lib/labels';
import { useCreateAssignment } from '../api/create-assignment';
import { useDeleteAssignment } from '../api/delete-assignment';
import { useUpdateAssignment } from '../api/update-assignment';
import { FocalPointsFieldset, RoleField } from './assignment-fields';

export type AssignFormTarget =
  | { mode: 'create'; questionCode?: string; organisationId?: string }
  | { mode: 'edit'; assignmentId: string };

interface AssignFormProps {
  reviewId: string;
  target: AssignFormTarget;
  /** The assignment being edited, as last loaded (its version goes with the change). */
  assignment?: TAssignment;
  questions: TReviewQuestion[];
  organisations: TOrganisation[];
  members: TMember[];
  /** Existing assignments, to default the role to "lead" only when a question has no lead yet. */
  assignments: TAssignment[];
  suggestedDueDate: string;
  finalDueDate: string;
  onClose: (message?: string) => void;
}

function shortPrompt(prompt: string): string {
  return prompt.length > 70 ? `${prompt.slice(0, 67).trimEnd()}…` : prompt;
}

export function AssignForm({
  reviewId,
  target,
  assignment,
  questions,
  organisations,
  members,
  assignments,
  suggestedDueDate,
  finalDueDate,
  onClose,
}: AssignFormProps) {
  const editing = target.mode === 'edit' ? assignment : undefined;
  const create = useCreateAssignment(reviewId);
  const update = useUpdateAssignment(reviewId);
  const remove = useDeleteAssignment(reviewId);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const initialQuestion =
    editing?.question.code ?? (target.mode === 'create' ? target.questionCode : '') ?? '';
  const hasLead = (code: string) => assignments.some((a) => a.question.code === code && a.role === 'lead');
  const [questionCode, setQuestionCode] = useState(initialQuestion);
  const [organisationId, setOrganisationId] = useState(
    editing?.organisation.id ?? (target.mode === 'create' ? target.organisationId : '') ?? '',
  );
  const [role, setRole] = useState<TAssignmentRole>(
    editing?.role ?? (initialQuestion && hasLead(initialQuestion) ? 'contributing' : 'lead'),
  );
  const [dueDate, setDueDate] = useState(editing?.dueDate ?? suggestedDueDate);
  const [focalPointIds, setFocalPointIds] = useState<string[]>(editing?.focalPoints.map((p) => p.id) ?? []);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const candidates = members.filter((member) => member.organisation?.id === organisationId);
  const mutation = editing ? update : create;
  const conflict = update.isError && isApiError(update.error) && update.error.status === 409;

  function changeOrganisation(id: string) {
    setOrganisationId(id);
    // Focal points belong to one organisation.
    setFocalPointIds((ids) =>
      ids.filter((pid) => members.some((m) => m.personId === pid && m.organisation?.id === id)),
    );
  }

  function toggleFocalPoint(personId: string, checked: boolean) {
    setFocalPointIds((ids) => (checked ? [...ids, personId] : ids.filter((id) => id !== personId)));
  }

  function submitCreate() {
    const found: FieldErrors = {};
    const parsed = ZCreateAssignmentRequest.safeParse({
      questionCode,
      organisationId,
      role,
      dueDate,
      focalPointIds,
    });
    if (!parsed.success) Object.assign(found, issuesToFieldErrors(parsed.error));
    if (questionCode === '') found.questionCode = 'Choose a question';
    if (organisationId === '') found.organisationId = 'Choose an organisation';
    if (dueDate === '') found.dueDate = 'Choose a due date';
    const outOfRange = dueDateRangeProblem(dueDate, finalDueDate);
    if (outOfRange) found.dueDate = outOfRange;
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: () => {
        const organisation = organisations.find((o) => o.id === organisationId);
        onClose(
          `Question ${questionCode} assigned to ${organisation ? organisationLabel(organisation) : 'the organisation'}.`,
        );
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  function submitEdit(current: TAssignment) {
    const sameFocalPoints =
      focalPointIds.length === current.focalPoints.length &&
      current.focalPoints.every((person) => focalPointIds.includes(person.id));
    const request = {
      version: current.version,
      ...(dueDate !== current.dueDate ? { dueDate } : {}),
      ...(role !== current.role ? { role } : {}),
      ...(organisationId !== current.organisation.id ? { organisationId } : {}),
      ...(sameFocalPoints ? {} : { focalPointIds }),
    };
    if (Object.keys(request).length === 1) {
      setNotice('Nothing has changed.');
      return;
    }
    const outOfRange =
      request.dueDate === undefined ? undefined : dueDateRangeProblem(request.dueDate, finalDueDate);
    if (outOfRange) {
      setErrors({ dueDate: outOfRange });
      return;
    }
    const parsed = ZUpdateAssignmentRequest.safeParse(request);
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setNotice(null);
    update.mutate(
      { assignmentId: current.id, request: parsed.data },
      {
        onSuccess: () => onClose(`Question ${current.question.code}: assignment saved.`),
        onError: (error) => setErrors(serverFieldErrors(error)),
      },
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (editing) submitEdit(editing);
    else submitCreate();
  }

  const question = questions.find((q) => q.code === questionCode);
  const title = editing
    ? `Question ${editing.question.code} — ${organisationLabel(editing.organisation)}`
    : question
      ? `Assign question ${question.code}`
      : 'Assign a question';

  return (
    <section className="card assign-form" aria-labelledby="assign-form-title" data-testid="assign-form">
      <h2 id="assign-form-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {question ? <p className="muted">{question.prompt}</p> : null}
      {editing ? (
        <p className="assign-form__state">
          <ContributionStateBadge state={editing.state} />{' '}
          <Link to={`/assignments/${editing.id}`}>Open the contribution</Link>
        </p>
      ) : null}
      <form className="form form--grid" noValidate onSubmit={submit}>
        {editing ? null : (
          <Field label="Question" error={errorFor(errors, 'questionCode')}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={questionCode}
                onChange={(event) => {
                  setQuestionCode(event.target.value);
                  if (event.target.value && hasLead(event.target.value)) setRole('contributing');
                }}
              >
                <option value="">Choose a question</option>
                {questions.map((q) => (
                  <option key={q.code} value={q.code}>
                    {q.code} — {shortPrompt(q.prompt)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <SelectField
          label="Organisation"
          error={errorFor(errors, 'organisationId')}
          {...(editing ? { hint: 'Choose another organisation to reassign the question.' } : {})}
          value={organisationId}
          onChange={changeOrganisation}
        >
          <OrganisationOptions organisations={organisations} none="Choose an organisation" />
        </SelectField>
        <RoleField value={role} onChange={setRole} error={errorFor(errors, 'role')} />
        <DueDateField
          label="Due date"
          value={dueDate}
          onChange={setDueDate}
          error={errorFor(errors, 'dueDate')}
          finalDueDate={finalDueDate}
          hint={`Suggested: ${formatCalendarDate(suggestedDueDate, 'long')}, ${SUGGESTED_LEAD_DAYS} days before the final deadline (${formatCalendarDate(finalDueDate, 'long')}).`}
        />
        <FocalPointsFieldset
          reviewId={reviewId}
          organisationChosen={organisationId !== ''}
          candidates={candidates}
          chosen={focalPointIds}
          onToggle={toggleFocalPoint}
          error={errorFor(errors, 'focalPointIds')}
        />
        {conflict ? (
          <ErrorPanel title="Someone else changed this assignment" error={update.error}>
            <p>The matrix now shows their change. Check the form and save again if needed.</p>
          </ErrorPanel>
        ) : mutation.isError ? (
          <ErrorPanel
            title={editing ? 'The assignment could not be saved' : 'The question could not be assigned'}
            error={mutation.error}
          />
        ) : null}
        {remove.isError ? (
          <ErrorPanel title="The assignment could not be deleted" error={remove.error} />
        ) : null}
        {notice ? (
          <p role="status" className="muted">
            {notice}
          </p>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={mutation.isPending}>
            {editing
              ? update.isPending
                ? 'Saving…'
                : 'Save changes'
              : create.isPending
                ? 'Saving…'
                : 'Assign'}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onClose()}>
            Cancel
          </button>
          {editing ? (
            <ConfirmButton
              label="Delete"
              question={`Delete question ${editing.question.code} for ${organisationLabel(editing.organisation)}?`}
              confirmLabel="Yes, delete"
              busy={remove.isPending}
              onConfirm={() =>
                remove.mutate(editing.id, {
                  onSuccess: () => onClose(`Question ${editing.question.code}: assignment deleted.`),
                })
              }
            />
          ) : null}
        </div>
      </form>
    </section>
  );
}
