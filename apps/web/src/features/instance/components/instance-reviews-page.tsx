import { formatDeadline, formatInstant, localTimeZone, type TInstanceReview } from '@gcm/domain';
import { DataTable } from '../../../components/ui/data-table';
import { ProgressCell } from '../../../components/ui/progress-cell';
import { QueryGate } from '../../../components/ui/query-gate';
import { MemberStatusBadge, ReviewStatusBadge } from '../../../components/ui/status-badge';
import { useInstanceReviews } from '../api/get-instance-reviews';
import { InstanceFrame } from './instance-frame';
import { StartReviewForm } from './start-review-form';

function Coordinators({ coordinators }: { coordinators: TInstanceReview['coordinators'] }) {
  if (coordinators.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="plain-list">
      {coordinators.map((coordinator) => (
        <li key={coordinator.email}>
          {coordinator.name} <span className="muted">{coordinator.email}</span>{' '}
          <MemberStatusBadge active={coordinator.accepted} />
        </li>
      ))}
    </ul>
  );
}

function InstanceReviewRow({ review }: { review: TInstanceReview }) {
  return (
    <tr data-testid="instance-review">
      <th scope="row" data-label="Country">
        {review.country}
        <span className="muted block instance-row__detail">{review.title}</span>
      </th>
      <td data-label="Cycle">{review.cycle}</td>
      <td data-label="Status">
        <ReviewStatusBadge status={review.status} />
      </td>
      <td data-label="Final deadline">
        <time dateTime={review.finalDueDate}>
          {formatDeadline(review.finalDueDate, review.finalDueTime, review.timeZone)}
        </time>
      </td>
      <td data-label="Coordinators">
        <Coordinators coordinators={review.coordinators} />
      </td>
      <td data-label="Progress">
        <ProgressCell progress={review.progress} />
      </td>
      <td data-label="Submitted">
        {review.submittedAt ? (
          <time dateTime={review.submittedAt}>
            {formatInstant(review.submittedAt, localTimeZone(), 'date')}
          </time>
        ) : (
          <span className="muted">Not yet</span>
        )}
      </td>
    </tr>
  );
}

function InstanceReviews() {
  const reviews = useInstanceReviews();
  return (
    <QueryGate
      query={reviews}
      loading="Loading the reviews…"
      errorTitle="The reviews could not be loaded"
      isEmpty={(data) => data.reviews.length === 0}
      empty="No review has been started yet."
    >
      {(data) => (
        <DataTable
          caption="Every review of the installation"
          columns={[
            'Country and title',
            'Cycle',
            'Status',
            'Final deadline',
            'Coordinators',
            'Progress',
            'Submitted',
          ]}
          framed
          className="instance-table"
        >
          {data.reviews.map((review) => (
            <InstanceReviewRow key={review.id} review={review} />
          ))}
        </DataTable>
      )}
    </QueryGate>
  );
}

/** /instance — every review of the installation, where it stands and who runs it; and starting one. */
export function InstanceReviewsPage() {
  return (
    <InstanceFrame
      title="Reviews of the installation"
      lead="Every country's review: where it stands and who coordinates it. What the reviews contain stays with their members."
    >
      <InstanceReviews />
      <StartReviewForm />
    </InstanceFrame>
  );
}
