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
import { ScrollArea } from '../../../components/ui/scroll-area';
import { isApiError } from '../../../lib/api-client';
import { ASSIGNMENT_ROLE_LABELS, organisationLabel } from '../../../lib/labels';
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
    return `Question ${item.questionCode}, ${organisation ? organisationLabel(organisation) : 'organisation'}: ${message}`;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    divide.reset();
    const items = divisionItems(questions, organisations, roles);
    if (items.length === 0) {
      setProblems(['Choose lead or contributing in at least one cell of the matrix.']);
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
      <h2 id="division-title">Turn the division of labour into assignments</h2>
      <p className="muted">
        Choose which organisation leads or contributes to each question, as agreed at the workshop, and one
        due date for all. Cells already assigned are shown as they are.
      </p>
      <form className="form" noValidate onSubmit={submit} aria-label="Division of labour">
        <ScrollArea className="matrix-scroll">
          <table className="matrix division-matrix">
            <caption className="visually-hidden">Questions (rows) by organisation (columns)</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
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
                    const label = `Question ${question.code}, ${organisationLabel(organisation)}`;
                    return (
                      <td key={organisation.id} className="matrix__cell">
                        {assigned ? (
                          <span
                            className="muted"
                            title={`${label}: already ${ASSIGNMENT_ROLE_LABELS[assigned].toLowerCase()}`}
                          >
                            {assigned === 'lead' ? 'L' : 'C'}
                            <span className="visually-hidden">
                              {label}: already {ASSIGNMENT_ROLE_LABELS[assigned].toLowerCase()}
                            </span>
                          </span>
                        ) : (
                          <select
                            className="input input--compact"
                            aria-label={label}
                            value={roles.get(key) ?? ''}
                            onChange={(event) => choose(question.code, organisation.id, event.target.value)}
                          >
                            <option value="">—</option>
                            <option value="lead">{ASSIGNMENT_ROLE_LABELS.lead}</option>
                            <option value="contributing">{ASSIGNMENT_ROLE_LABELS.contributing}</option>
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
          label="Due date of these assignments"
          value={dueDate}
          onChange={setDueDate}
          error={dueDateError}
          finalDueDate={review.finalDueDate}
        />
        {problems.length > 0 ? (
          <div className="error-panel" role="alert" data-testid="division-problems">
            <h3 className="error-panel__title">
              {divide.isError ? 'No assignment was created' : 'Check the matrix'}
            </h3>
            {divide.isError ? <p className="error-panel__message">{divide.error.message}</p> : null}
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : divide.isError ? (
          <ErrorPanel title="No assignment was created" error={divide.error} />
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={divide.isPending}>
            {divide.isPending ? 'Creating…' : `Create the assignments (${chosen})`}
          </button>
          <span role="status" className="form__saved" data-testid="division-created">
            {created === null
              ? ''
              : `${created} assignment${created === 1 ? '' : 's'} created. They are on the review and in the assignments matrix.`}
          </span>
        </div>
      </form>
    </section>
  );
}
