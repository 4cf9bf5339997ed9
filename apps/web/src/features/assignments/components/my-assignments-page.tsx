import type { TAssignment } from '@gcm/domain';
import { formatCalendarDate } from '@gcm/domain';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { QueryGate } from '../../../components/ui/query-gate';
import { ContributionStateBadge, DeadlineBadge } from '../../../components/ui/status-badge';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
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
  const t = useT();
  const intl = useIntl();
  const locale = useLocale();
  const code = assignment.question.code;
  return (
    <tr data-testid="my-assignment">
      <th scope="row" data-label={t('myAssignments.column.question')}>
        <span className="my-assignment__code">{t('myAssignments.question', { code })}</span>
        <span className="my-assignment__prompt">{assignment.question.prompt}</span>
      </th>
      <td data-label={t('myAssignments.column.review')}>
        <Link to={`/reviews/${assignment.reviewId}`}>{assignment.reviewTitle}</Link>
      </td>
      <td data-label={t('myAssignments.column.organisation')}>
        {assignment.organisation.name}
        <span className="muted block">{t('myAssignments.role', { role: assignment.role })}</span>
      </td>
      <td data-label={t('myAssignments.column.due')}>
        <time dateTime={assignment.dueDate}>{formatCalendarDate(assignment.dueDate, 'short', locale)}</time>{' '}
        <DeadlineBadge status={assignment.deadlineStatus} />
      </td>
      <td data-label={t('myAssignments.column.state')}>
        <ContributionStateBadge state={assignment.state} />
      </td>
      <td data-label="">
        <Link className="button button--link" to={`/assignments/${assignment.id}`}>
          {intl.formatMessage(
            { id: 'myAssignments.open' },
            { code, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> },
          )}
        </Link>
      </td>
    </tr>
  );
}

/** `aside`: what other features add below the list (composed in app/routes.tsx). */
export function MyAssignmentsPage({ aside }: { aside?: ReactNode } = {}) {
  const t = useT();
  const myAssignments = useMyAssignments();
  return (
    <div className="page">
      <title>{`${t('myAssignments.title')} — ${t('shell.brand')}`}</title>
      <h1>{t('myAssignments.title')}</h1>
      <p className="page__lead">{t('myAssignments.lead')}</p>
      <QueryGate
        query={myAssignments}
        loading={t('myAssignments.loading')}
        errorTitle={t('myAssignments.error')}
        isEmpty={(data) => data.assignments.length === 0}
        empty={
          <div className="empty-state">
            <h2>{t('myAssignments.empty.title')}</h2>
            <p>{t('myAssignments.empty.text')}</p>
          </div>
        }
      >
        {(data) => (
          <DataTable
            caption={t('myAssignments.caption')}
            columns={[
              t('myAssignments.column.question'),
              t('myAssignments.column.review'),
              t('myAssignments.column.organisation'),
              t('myAssignments.column.due'),
              t('myAssignments.column.state'),
              { hidden: t('myAssignments.column.open') },
            ]}
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
