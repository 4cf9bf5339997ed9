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
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Field } from '../../../components/ui/field';
import { OrganisationOptions } from '../../../components/ui/organisation-options';
import { SelectField } from '../../../components/ui/select-field';
import { ContributionStateBadge } from '../../../components/ui/status-badge';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
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
  const t = useT();
  const locale = useLocale();
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
    if (questionCode === '') found.questionCode = t('assignments.form.chooseQuestion');
    if (organisationId === '') found.organisationId = t('assignments.form.chooseOrganisation');
    if (dueDate === '') found.dueDate = t('assignments.form.chooseDueDate');
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
          organisation
            ? t('assignments.form.assigned', {
                code: questionCode,
                organisation: organisationLabel(organisation),
              })
            : t('assignments.form.assignedOrganisation', { code: questionCode }),
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
      setNotice(t('assignments.form.nothingChanged'));
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
        onSuccess: () => onClose(t('assignments.form.saved', { code: current.question.code })),
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
    ? t('assignments.form.titleEdit', {
        code: editing.question.code,
        organisation: organisationLabel(editing.organisation),
      })
    : question
      ? t('assignments.form.titleQuestion', { code: question.code })
      : t('assignments.form.title');

  return (
    <section className="card assign-form" aria-labelledby="assign-form-title" data-testid="assign-form">
      <h2 id="assign-form-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {question ? <p className="muted">{question.prompt}</p> : null}
      {editing ? (
        <p className="assign-form__state">
          <ContributionStateBadge state={editing.state} />{' '}
          <Link to={`/assignments/${editing.id}`}>{t('assignments.form.openContribution')}</Link>
        </p>
      ) : null}
      <form className="form form--grid" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} />
        {editing ? null : (
          <Field label={t('assignments.form.question')} error={errorFor(errors, 'questionCode')}>
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
                <option value="">{t('assignments.form.chooseQuestion')}</option>
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
          label={t('assignments.form.organisation')}
          error={errorFor(errors, 'organisationId')}
          {...(editing ? { hint: t('assignments.form.reassignHint') } : {})}
          value={organisationId}
          onChange={changeOrganisation}
        >
          <OrganisationOptions
            organisations={organisations}
            none={t('assignments.form.chooseOrganisation')}
          />
        </SelectField>
        <RoleField value={role} onChange={setRole} error={errorFor(errors, 'role')} />
        <DueDateField
          label={t('assignments.form.dueDate')}
          value={dueDate}
          onChange={setDueDate}
          error={errorFor(errors, 'dueDate')}
          finalDueDate={finalDueDate}
          hint={t('assignments.form.suggested', {
            suggested: formatCalendarDate(suggestedDueDate, 'long', locale),
            days: SUGGESTED_LEAD_DAYS,
            final: formatCalendarDate(finalDueDate, 'long', locale),
          })}
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
          <ErrorPanel title={t('assignments.form.conflict')} error={update.error}>
            <p>{t('assignments.form.conflictText')}</p>
          </ErrorPanel>
        ) : mutation.isError ? (
          <ErrorPanel
            title={editing ? t('assignments.form.saveFailed') : t('assignments.form.assignFailed')}
            error={mutation.error}
          />
        ) : null}
        {remove.isError ? (
          <ErrorPanel title={t('assignments.form.deleteFailed')} error={remove.error} />
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
                ? t('ui.save.saving')
                : t('assignments.form.save')
              : create.isPending
                ? t('ui.save.saving')
                : t('assignments.form.assign')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onClose()}>
            {t('ui.confirm.cancel')}
          </button>
          {editing ? (
            <ConfirmButton
              label={t('assignments.form.delete')}
              question={t('assignments.form.deleteQuestion', {
                code: editing.question.code,
                organisation: organisationLabel(editing.organisation),
              })}
              confirmLabel={t('assignments.form.deleteConfirm')}
              busy={remove.isPending}
              onConfirm={() =>
                remove.mutate(editing.id, {
                  onSuccess: () => onClose(t('assignments.form.deleted', { code: editing.question.code })),
                })
              }
            />
          ) : null}
        </div>
      </form>
    </section>
  );
}
