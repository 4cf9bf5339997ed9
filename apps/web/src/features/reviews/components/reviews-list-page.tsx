import type { TReviewSummary } from '@gcm/domain';
import { formatDeadline } from '@gcm/domain';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { ProgressCell } from '../../../components/ui/progress-cell';
import { QueryGate } from '../../../components/ui/query-gate';
import { ReviewStatusBadge } from '../../../components/ui/status-badge';
import { useReviews } from '../../../lib/api/get-reviews';
import { useSession } from '../../../lib/api/get-session';

function ReviewRow({ review }: { review: TReviewSummary }) {
  const office = review.coordinatingOrganisation;
  return (
    <tr data-testid="review-row">
      <th scope="row" data-label="Review">
        <Link to={`/reviews/${review.id}`}>{review.title}</Link>
      </th>
      <td data-label="Country">{review.country}</td>
      <td data-label="Cycle">{review.cycle}</td>
      <td data-label="Status">
        <ReviewStatusBadge status={review.status} />
      </td>
      <td data-label="Final deadline">
        <time dateTime={review.finalDueDate}>
          {formatDeadline(review.finalDueDate, review.finalDueTime, review.timeZone)}
        </time>
      </td>
      <td data-label="Coordinating office">
        {office ? office.name : <span className="muted">Not set</span>}
      </td>
      <td data-label="Progress">
        <ProgressCell progress={review.progress} />
      </td>
    </tr>
  );
}

function ReviewsTable({ reviews }: { reviews: TReviewSummary[] }) {
  return (
    <DataTable
      caption="Voluntary GCM reviews"
      columns={['Review', 'Country', 'Cycle', 'Status', 'Final deadline', 'Coordinating office', 'Progress']}
      framed
    >
      {reviews.map((review) => (
        <ReviewRow key={review.id} review={review} />
      ))}
    </DataTable>
  );
}

export function ReviewsListPage() {
  const reviews = useReviews();
  const { data: person } = useSession({ enabled: false });
  const mayCreate = person?.mayCreateReviews === true;

  return (
    <div className="page">
      <title>Reviews — GCM Review Tracker</title>
      <div className="page__header">
        <h1>Reviews</h1>
        {mayCreate ? (
          <Link to="/reviews/new" className="button button--link">
            Create a review
          </Link>
        ) : null}
      </div>
      <p className="page__lead">
        Voluntary reviews of the Global Compact for Migration: who answers which question, and by when.
      </p>
      <QueryGate
        query={reviews}
        loading="Loading reviews…"
        errorTitle="The reviews could not be loaded"
        isEmpty={(data) => data.reviews.length === 0}
        empty={
          <div className="empty-state">
            <h2>No reviews yet</h2>
            <p>
              When a coordinating office sets up a Voluntary GCM Review and invites you, it will be listed
              here.{' '}
              {mayCreate ? (
                <>
                  <Link to="/reviews/new">Create a review</Link> if you coordinate one.
                </>
              ) : (
                'The administrator of this installation starts the reviews.'
              )}
            </p>
          </div>
        }
      >
        {(data) => <ReviewsTable reviews={data.reviews} />}
      </QueryGate>
    </div>
  );
}
