import type { TAssignmentSummary, TReviewDetail, TReviewQuestion } from '@gcm/domain';
import { formatCalendarDate } from '@gcm/domain';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { OrganisationName } from '../../../components/ui/organisation-name';
import { contributionStateLabelId, DeadlineBadge } from '../../../components/ui/status-badge';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { assignmentRoleLabelId } from '../../../lib/labels';

const ROLE_ORDER = { lead: 0, contributing: 1 } as const;

/** Words only a screen reader says, inside a message: `<hidden> question 1a</hidden>`. */
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

export type TViewer = TReviewDetail['viewer'];

/** Lead organisations first, then the contributing ones, each group by name. */
export function sortAssignments(assignments: readonly TAssignmentSummary[]): TAssignmentSummary[] {
  return [...assignments].sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.organisation.name.localeCompare(b.organisation.name),
  );
}

function AssignmentItem({ assignment, viewer }: { assignment: TAssignmentSummary; viewer?: TViewer }) {
  const t = useT();
  const intl = useIntl();
  const locale = useLocale();
  const { organisation } = assignment;
  const mine = viewer?.organisationId != null && viewer.organisationId === organisation.id;
  const canOpen = mine || viewer?.role === 'coordinator';
  return (
    <li
      className={`assignment assignment--${assignment.role}${mine ? ' assignment--mine' : ''}`}
      data-testid="assignment"
    >
      <span className="assignment__role">{t(assignmentRoleLabelId(assignment.role))}</span>
      <span className="assignment__org">
        <OrganisationName organisation={organisation} />
        {mine ? <span className="assignment__mine"> {t('reviews.question.yours')}</span> : null}
      </span>
      <span className="assignment__due">
        {intl.formatMessage(
          { id: 'reviews.question.due' },
          {
            date: (
              <time key="date" dateTime={assignment.dueDate}>
                {formatCalendarDate(assignment.dueDate, 'short', locale)}
              </time>
            ),
          },
        )}
      </span>
      <span className="assignment__status">
        <DeadlineBadge status={assignment.deadlineStatus} />
        <span className="assignment__state">{t(contributionStateLabelId(assignment.state))}</span>
        {canOpen ? (
          <Link
            className="assignment__open"
            to={`/assignments/${assignment.id}`}
            aria-label={t('reviews.question.openLabel', {
              organisation: organisation.shortName ?? organisation.name,
            })}
          >
            {t('reviews.question.open')}
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
  const t = useT();
  const intl = useIntl();
  const headingId = `question-${question.code}-title`;
  const code = question.code;
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
          {t('reviews.question.heading', { code })}
        </h4>
        {question.national ? <Badge tone="info">{t('reviews.question.national')}</Badge> : null}
        <span className="question__target muted">
          {t('reviews.question.target', { count: question.targetWords })}
        </span>
        {viewer?.role === 'coordinator' && reviewId ? (
          <Link
            className="question__assign"
            to={`/reviews/${reviewId}/assignments?question=${encodeURIComponent(question.code)}`}
          >
            {intl.formatMessage({ id: 'reviews.question.assign' }, { code, hidden })}
          </Link>
        ) : null}
        {viewer && reviewId ? (
          <Link
            className="question__assign"
            to={`/reviews/${reviewId}/questions/${encodeURIComponent(question.code)}`}
            data-testid={`consolidate-${question.code}`}
          >
            {intl.formatMessage(
              {
                id:
                  viewer.role === 'coordinator' ? 'reviews.question.consolidate' : 'reviews.question.answer',
              },
              { code, hidden },
            )}
          </Link>
        ) : null}
      </div>
      <p className="question__prompt">{question.prompt}</p>
      {assignments.length > 0 ? (
        <ul className="assignments" aria-label={t('reviews.question.assignments', { code })}>
          {assignments.map((assignment) => (
            <AssignmentItem key={assignment.id} assignment={assignment} {...(viewer ? { viewer } : {})} />
          ))}
        </ul>
      ) : (
        <p className="assignments assignments--empty">{t('reviews.question.unassigned')}</p>
      )}
      {children}
    </li>
  );
}
