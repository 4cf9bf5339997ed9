import type { TAssignment } from '@gcm/domain';
import { formatCalendarDate } from '@gcm/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { QueryGate } from '../../../components/ui/query-gate';
import { ContributionStateBadge, DeadlineBadge } from '../../../components/ui/status-badge';
import { ASSIGNMENT_ROLE_LABELS } from '../../../lib/labels';
import { useMyAssignments } from '../api/get-my-assignments';

const DONE = new Set(['submitted', 'accepted']);

/** Open work first (earliest due date first), then what is submitted or accepted. */
export function sortForWork(assignments: readonly TAssignment[]): TAssignment[] {
  return [...assignments].sort(
    (a, b) =>
      Number(DONE.has(a.state)) - Number(DONE.has(b.state)) ||
      a.dueDate.localeCompare(b.dueDate) ||
      a.question.code.localeCompare(b.question.code, 'en', { numeric: true }),
  );
}

function AssignmentRow({ assignment }: { assignment: TAssignment }) {
  return (
    <tr data-testid="my-assignment">
      <th scope="row" data-label="Question">
        <span className="my-assignment__code">Question {assignment.question.code}</span>
        <span className="my-assignment__prompt">{assignment.question.prompt}</span>
      </th>
      <td data-label="Review">
        <Link to={`/reviews/${assignment.reviewId}`}>{assignment.reviewTitle}</Link>
      </td>
      <td data-label="Organisation">
        {assignment.organisation.name}
        <span className="muted block">{ASSIGNMENT_ROLE_LABELS[assignment.role]}</span>
      </td>
      <td data-label="Due">
        <time dateTime={assignment.dueDate}>{formatCalendarDate(assignment.dueDate, 'short')}</time>{' '}
        <DeadlineBadge status={assignment.deadlineStatus} />
      </td>
      <td data-label="State">
        <ContributionStateBadge state={assignment.state} />
      </td>
      <td data-label="">
        <Link className="button button--link" to={`/assignments/${assignment.id}`}>
          Open<span className="visually-hidden"> question {assignment.question.code}</span>
        </Link>
      </td>
    </tr>
  );
}

/** `aside`: what other features add below the list (composed in app/routes.tsx). */
export function MyAssignmentsPage({ aside }: { aside?: ReactNode } = {}) {
  const myAssignments = useMyAssignments();
  return (
    <div className="page">
      <title>My assignments — GCM Review Tracker</title>
      <h1>My assignments</h1>
      <p className="page__lead">
        The questions you or your organisation answer, and the votes open to you, in every review.
      </p>
      <QueryGate
        query={myAssignments}
        loading="Loading your assignments…"
        errorTitle="Your assignments could not be loaded"
        isEmpty={(data) => data.assignments.length === 0}
        empty={
          <div className="empty-state">
            <h2>Nothing assigned to you</h2>
            <p>When a coordinator gives a question to you or your organisation, it will be listed here.</p>
          </div>
        }
      >
        {(data) => (
          <DataTable
            caption="Your assignments, open work first"
            columns={['Question', 'Review', 'Organisation', 'Due', 'State', { hidden: 'Open' }]}
            framed
          >
            {sortForWork(data.assignments).map((assignment) => (
              <AssignmentRow key={assignment.id} assignment={assignment} />
            ))}
          </DataTable>
        )}
      </QueryGate>
      {aside}
    </div>
  );
}
