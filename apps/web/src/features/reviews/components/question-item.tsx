import type { TAssignmentSummary, TReviewDetail, TReviewQuestion } from '@gcm/domain';
import { formatCalendarDate } from '@gcm/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { OrganisationName } from '../../../components/ui/organisation-name';
import { CONTRIBUTION_STATE_LABELS, DeadlineBadge } from '../../../components/ui/status-badge';

const ROLE_ORDER = { lead: 0, contributing: 1 } as const;

export type TViewer = TReviewDetail['viewer'];

/** Lead organisations first, then the contributing ones, each group by name. */
export function sortAssignments(assignments: readonly TAssignmentSummary[]): TAssignmentSummary[] {
  return [...assignments].sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.organisation.name.localeCompare(b.organisation.name),
  );
}

function AssignmentItem({ assignment, viewer }: { assignment: TAssignmentSummary; viewer?: TViewer }) {
  const { organisation } = assignment;
  const mine = viewer?.organisationId != null && viewer.organisationId === organisation.id;
  const canOpen = mine || viewer?.role === 'coordinator';
  return (
    <li
      className={`assignment assignment--${assignment.role}${mine ? ' assignment--mine' : ''}`}
      data-testid="assignment"
    >
      <span className="assignment__role">{assignment.role === 'lead' ? 'Lead' : 'Contributing'}</span>
      <span className="assignment__org">
        <OrganisationName organisation={organisation} />
        {mine ? <span className="assignment__mine"> Your organisation</span> : null}
      </span>
      <span className="assignment__due">
        Due <time dateTime={assignment.dueDate}>{formatCalendarDate(assignment.dueDate, 'short')}</time>
      </span>
      <span className="assignment__status">
        <DeadlineBadge status={assignment.deadlineStatus} />
        <span className="assignment__state">{CONTRIBUTION_STATE_LABELS[assignment.state]}</span>
        {canOpen ? (
          <Link
            className="assignment__open"
            to={`/assignments/${assignment.id}`}
            aria-label={`Open the contribution of ${organisation.shortName ?? organisation.name}`}
          >
            Open
          </Link>
        ) : null}
      </span>
    </li>
  );
}

interface QuestionItemProps {
  question: TReviewQuestion;
  /** The signed-in person's place in the review: adds "Open" links and, for the coordinator, "Assign". */
  viewer?: TViewer;
  reviewId?: string;
  /** Shown under the assignments, such as the priority question's answer from the finalised vote. */
  children?: ReactNode;
}

export function QuestionItem({ question, viewer, reviewId, children }: QuestionItemProps) {
  const headingId = `question-${question.code}-title`;
  const assignments = sortAssignments(question.assignments);
  return (
    <li
      className="question"
      id={`question-${question.code}`}
      data-testid={`question-${question.code}`}
      aria-labelledby={headingId}
    >
      <div className="question__header">
        <h4 className="question__code" id={headingId}>
          Question {question.code}
        </h4>
        {question.national ? <Badge tone="info">National question</Badge> : null}
        <span className="question__target muted">about {question.targetWords} words</span>
        {viewer?.role === 'coordinator' && reviewId ? (
          <Link
            className="question__assign"
            to={`/reviews/${reviewId}/assignments?question=${encodeURIComponent(question.code)}`}
          >
            Assign<span className="visually-hidden"> question {question.code}</span>
          </Link>
        ) : null}
        {viewer && reviewId ? (
          <Link
            className="question__assign"
            to={`/reviews/${reviewId}/questions/${encodeURIComponent(question.code)}`}
            data-testid={`consolidate-${question.code}`}
          >
            {viewer.role === 'coordinator' ? 'Consolidate' : 'Answer'}
            <span className="visually-hidden"> question {question.code}</span>
          </Link>
        ) : null}
      </div>
      <p className="question__prompt">{question.prompt}</p>
      {assignments.length > 0 ? (
        <ul className="assignments" aria-label={`Assignments for question ${question.code}`}>
          {assignments.map((assignment) => (
            <AssignmentItem key={assignment.id} assignment={assignment} {...(viewer ? { viewer } : {})} />
          ))}
        </ul>
      ) : (
        <p className="assignments assignments--empty">Not assigned to any organisation yet.</p>
      )}
      {children}
    </li>
  );
}
