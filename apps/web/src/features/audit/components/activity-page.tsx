import type { TAuditEvent, TReviewDetail } from '@gcm/domain';
import { formatInstant, localTimeZone } from '@gcm/domain';
import { type ReactNode, useState } from 'react';
import { useParams } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { LoadMore } from '../../../components/ui/load-more';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { SelectField } from '../../../components/ui/select-field';
import { Loading } from '../../../components/ui/spinner';
import { auditActionText } from '../../../lib/labels';
import { useReviewAudit } from '../api/get-review-audit';
import { changeSummary } from './change-summary';

function EventRow({ event }: { event: TAuditEvent }) {
  const changes = changeSummary(event.before, event.after);
  return (
    <tr data-testid="audit-event">
      <td data-label="When">
        <time dateTime={event.createdAt}>{formatInstant(event.createdAt, localTimeZone())}</time>
      </td>
      <td data-label="Who">{event.actor?.name ?? <span className="muted">System</span>}</td>
      <td data-label="Action">{auditActionText(event.action)}</td>
      <td data-label="Target">
        {event.targetType} <span className="muted">{event.targetId.slice(0, 8)}</span>
      </td>
      <td data-label="Question">{event.questionCode ?? <span className="muted">—</span>}</td>
      <td data-label="Change">
        {changes.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="change-list">
            {changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function Activity({ review }: { review: TReviewDetail }) {
  const [questionId, setQuestionId] = useState<string | null>(null);
  const audit = useReviewAudit(review.id, questionId);
  const questions = [...review.clusters.flatMap((cluster) => cluster.questions), ...review.generalQuestions];
  const events = audit.data?.pages.flatMap((page) => page.events) ?? [];

  let content: ReactNode;
  if (audit.isPending) {
    content = <Loading label="Loading the activity…" />;
  } else if (audit.isError && events.length === 0) {
    content = (
      <ErrorPanel
        title="The activity could not be loaded"
        error={audit.error}
        onRetry={() => void audit.refetch()}
        retrying={audit.isFetching}
      />
    );
  } else if (events.length === 0) {
    content = <p className="muted">Nothing has happened here yet.</p>;
  } else {
    content = (
      <>
        <DataTable
          caption="Who changed what, newest first"
          columns={['When', 'Who', 'Action', 'Target', 'Question', 'Before → after']}
          framed
          className="audit-table"
          testId="audit"
        >
          {events.map((event) => (
            <EventRow key={event.id} event={event} />
          ))}
        </DataTable>
        <LoadMore query={audit} label="Load more" errorTitle="More activity could not be loaded" />
      </>
    );
  }

  return (
    <>
      <div className="toolbar">
        <SelectField
          label="Question"
          value={questionId ?? ''}
          onChange={(value) => setQuestionId(value || null)}
        >
          <option value="">All questions</option>
          {questions.map((question) => (
            <option key={question.id} value={question.id}>
              Question {question.code}
            </option>
          ))}
        </SelectField>
      </div>
      {content}
    </>
  );
}

export function ActivityPage() {
  const { reviewId = '' } = useParams();
  return (
    <ReviewFrame reviewId={reviewId} title="Activity" coordinatorOnly>
      {(review) => <Activity review={review} />}
    </ReviewFrame>
  );
}
