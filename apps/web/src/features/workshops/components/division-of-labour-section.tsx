import {
  suggestDueDate,
  type TAssignmentRole,
  type TDivisionOfLabourRequest,
  type TOrganisation,
  type TOrganisationRef,
  type TReviewDetail,
  type TReviewQuestion,
  type TWorkshop,
  todayIn,
  ZDivisionOfLabourRequest,
} from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { DueDateField, dueDateRangeProblem } from '../../../components/ui/due-date-field';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { isApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n/use-t';
import { assignmentRoleLabelId, organisationLabel } from '../../../lib/labels';
import { useDivideLabour } from '../api/divide-labour';

const cellKey = (questionCode: string, organisationId: string) => `${questionCode}|${organisationId}`;

/** Every question of the review in the survey's order: 1a–4d by cluster, then 5–10. */
export function questionsOf(review: TReviewDetail): TReviewQuestion[] {
  return [...review.clusters.flatMap((cluster) => cluster.questions), ...review.generalQuestions];
}

/**
 * The organisations of the matrix: those that organised or attended the workshop (they agreed the
 * division of labour), or every organisation of the review when none is recorded.
 */
export function matrixOrganisations(
  workshop: TWorkshop,
  organisations: readonly TOrganisation[],
): TOrganisationRef[] {
  const present = new Set([
    ...workshop.organisers.map((organisation) => organisation.id),
    ...workshop.participants.map((participant) => participant.organisation.id),
  ]);
  const chosen = organisations.filter((organisation) => present.has(organisation.id));
  return chosen.length > 0 ? chosen : [...organisations];
}

/** The chosen cells as the request's items, in the order of the matrix. */
export function divisionItems(
  questions: readonly TReviewQuestion[],
  organisations: readonly TOrganisationRef[],
  roles: ReadonlyMap<string, TAssignmentRole>,
): TDivisionOfLabourRequest['items'] {
  return questions.flatMap((question) =>
    organisations.flatMap((organisation) => {
      const role = roles.get(cellKey(question.code, organisation.id));
      return role ? [{ questionCode: question.code, organisationId: organisation.id, role }] : [];
    }),
  );
}

export function DivisionOfLabourSection({
  review,
  workshop,
  organisations: allOrganisations,
}: {
  review: TReviewDetail;
  workshop: TWorkshop;
  organisations: TOrganisation[];
}) {
  const t = useT();
  const divide = useDivideLabour(workshop);
  const questions = questionsOf(review);
  const organisations = matrixOrganisations(workshop, allOrganisations);
  const [roles, setRoles] = useState<Map<string, TAssignmentRole>>(new Map());
  const [dueDate, setDueDate] = useState(() => suggestDueDate(review.finalDueDate, todayIn(review.timeZone)));
  const [problems, setProblems] = useState<string[]>([]);
  const [dueDateError, setDueDateError] = useState<string | undefined>();
  const [created, setCreated] = useState<number | null>(null);

  const existing = new Map(
    questions.flatMap((question) =>
      question.assignments.map((assignment) => [
        cellKey(question.code, assignment.organisation.id),
        assignment.role,
      ]),
    ),
  );

  function choose(questionCode: string, organisationId: string, value: string) {
    setCreated(null);
    setRoles((current) => {
      const next = new Map(current);
      if (value === '') next.delete(cellKey(questionCode, organisationId));
      else next.set(cellKey(questionCode, organisationId), value as TAssignmentRole);
      return next;
    });
  }

  /** "items.3.role: …" → "Question 1b, MLSP: …", so a refused cell can be found in the matrix. */
  function describe(items: TDivisionOfLabourRequest['items'], path: string, message: string): string {
    const match = /^items\.(\d+)/.exec(path);
    const item = match ? items[Number(match[1])] : undefined;
    if (!item) return path ? `${path}: ${message}` : message;
    const organisation = organisations.find((candidate) => candidate.id === item.organisationId);
    return t('workshops.division.cellProblem', {
      code: item.questionCode,
      organisation: organisation ? organisationLabel(organisation) : t('workshops.division.anOrganisation'),
      message,
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    divide.reset();
    const items = divisionItems(questions, organisations, roles);
    if (items.length === 0) {
      setProblems([t('workshops.division.chooseOne')]);
      return;
    }
    const outOfRange = dueDateRangeProblem(dueDate, review.finalDueDate);
    if (outOfRange) {
      setProblems([]);
      setDueDateError(outOfRange);
      return;
    }
    const parsed = ZDivisionOfLabourRequest.safeParse({ items, dueDate });
    if (!parsed.success) {
      const issues = parsed.error.issues;
      setDueDateError(issues.find((issue) => issue.path[0] === 'dueDate')?.message);
      setProblems(
        issues
          .filter((issue) => issue.path[0] !== 'dueDate')
          .map((issue) => describe(items, issue.path.join('.'), issue.message)),
      );
      return;
    }
    setProblems([]);
    setDueDateError(undefined);
    divide.mutate(parsed.data, {
      onSuccess: (result) => {
        setCreated(result.assignments.length);
        setRoles(new Map());
      },
      onError: (error) => {
        if (!isApiError(error)) return;
        setDueDateError(error.fieldErrors.find((fieldError) => fieldError.path === 'dueDate')?.message);
        setProblems(
          error.fieldErrors
            .filter((fieldError) => fieldError.path !== 'dueDate')
            .map((fieldError) => describe(items, fieldError.path, fieldError.message)),
        );
      },
    });
  }

  const chosen = roles.size;
  return (
    <section className="card" aria-labelledby="division-title" data-testid="division-of-labour">
      <h2 id="division-title">{t('workshops.division.title')}</h2>
      <p className="muted">{t('workshops.division.lead')}</p>
      <form className="form" noValidate onSubmit={submit} aria-label={t('workshops.division.form')}>
        {/* The matrix's problems have their own panel below; the summary links to the due date. */}
        <ErrorSummary errors={dueDateError ? { dueDate: dueDateError } : {}} />
        <ScrollArea className="matrix-scroll">
          <table className="matrix division-matrix">
            <caption className="visually-hidden">{t('workshops.division.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workshops.division.question')}</th>
                {organisations.map((organisation) => (
                  <th key={organisation.id} scope="col" className="matrix__org" title={organisation.name}>
                    {organisationLabel(organisation)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {questions.map((question) => (
                <tr key={question.id}>
                  <th scope="row" title={question.prompt}>
                    {question.code}
                  </th>
                  {organisations.map((organisation) => {
                    const key = cellKey(question.code, organisation.id);
                    const assigned = existing.get(key);
                    const label = t('workshops.division.cell', {
                      code: question.code,
                      organisation: organisationLabel(organisation),
                    });
                    const already = assigned
                      ? t('workshops.division.already', { cell: label, role: assigned })
                      : '';
                    return (
                      <td key={organisation.id} className="matrix__cell">
                        {assigned ? (
                          <span className="muted" title={already}>
                            <span aria-hidden="true">
                              {t('workshops.division.short', { role: assigned })}
                            </span>
                            <span className="visually-hidden">{already}</span>
                          </span>
                        ) : (
                          <select
                            className="input input--compact"
                            aria-label={label}
                            value={roles.get(key) ?? ''}
                            onChange={(event) => choose(question.code, organisation.id, event.target.value)}
                          >
                            <option value="">—</option>
                            <option value="lead">{t(assignmentRoleLabelId('lead'))}</option>
                            <option value="contributing">{t(assignmentRoleLabelId('contributing'))}</option>
                          </select>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
        <DueDateField
          label={t('workshops.division.dueDate')}
          value={dueDate}
          onChange={setDueDate}
          error={dueDateError}
          finalDueDate={review.finalDueDate}
        />
        {problems.length > 0 ? (
          <div className="error-panel" role="alert" data-testid="division-problems">
            <h3 className="error-panel__title">
              {divide.isError ? t('workshops.division.failed') : t('workshops.division.check')}
            </h3>
            {divide.isError ? <p className="error-panel__message">{divide.error.message}</p> : null}
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : divide.isError ? (
          <ErrorPanel title={t('workshops.division.failed')} error={divide.error} />
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={divide.isPending}>
            {divide.isPending
              ? t('workshops.division.creating')
              : t('workshops.division.create', { count: chosen })}
          </button>
          <span role="status" className="form__saved" data-testid="division-created">
            {created === null ? '' : t('workshops.division.created', { count: created })}
          </span>
        </div>
      </form>
    </section>
  );
}
