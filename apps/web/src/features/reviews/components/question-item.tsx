import type { TAssignmentSummary, TReviewQuestion } from '@gcm/domain';
import { CONTRIBUTION_STATE_LABELS, DeadlineBadge } from '../../../components/ui/status-badge';
import { formatShortDate } from '../../../lib/dates';

const ROLE_ORDER = { lead: 0, contributing: 1 } as const;

/** Lead organisations first, then the contributing ones, each group by name. */
export function sortAssignments(assignments: readonly TAssignmentSummary[]): TAssignmentSummary[] {
  return [...assignments].sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.organisation.name.localeCompare(b.organisation.name),
  );
}

function AssignmentItem({ assignment }: { assignment: TAssignmentSummary }) {
  const { organisation } = assignment;
  return (
    <li className={`assignment assignment--${assignment.role}`} data-testid="assignment">
      <span className="assignment__role">{assignment.role === 'lead' ? 'Lead' : 'Contributing'}</span>
      <span className="assignment__org">
        {organisation.name}
        {organisation.shortName && organisation.shortName !== organisation.name ? (
          <span className="muted"> ({organisation.shortName})</span>
        ) : null}
      </span>
      <span className="assignment__due">
        Due <time dateTime={assignment.dueDate}>{formatShortDate(assignment.dueDate)}</time>
      </span>
      <span className="assignment__status">
        <DeadlineBadge status={assignment.deadlineStatus} />
        <span className="assignment__state">{CONTRIBUTION_STATE_LABELS[assignment.state]}</span>
      </span>
    </li>
  );
}

export function QuestionItem({ question }: { question: TReviewQuestion }) {
  const headingId = `question-${question.code}-title`;
  const assignments = sortAssignments(question.assignments);
  return (
    <li className="question" data-testid={`question-${question.code}`} aria-labelledby={headingId}>
      <div className="question__header">
        <h4 className="question__code" id={headingId}>
          Question {question.code}
        </h4>
        <span className="question__target muted">about {question.targetWords} words</span>
      </div>
      <p className="question__prompt">{question.prompt}</p>
      {assignments.length > 0 ? (
        <ul className="assignments" aria-label={`Assignments for question ${question.code}`}>
          {assignments.map((assignment) => (
            <AssignmentItem key={assignment.id} assignment={assignment} />
          ))}
        </ul>
      ) : (
        <p className="assignments assignments--empty">Not assigned to any organisation yet.</p>
      )}
    </li>
  );
}
