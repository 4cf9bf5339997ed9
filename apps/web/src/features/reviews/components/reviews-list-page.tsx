import type { TProgress, TReviewSummary } from '@gcm/domain';
import { formatCalendarDate } from '@gcm/domain';
import { Link } from 'react-router';
import { QueryGate } from '../../../components/ui/query-gate';
import { ReviewStatusBadge } from '../../../components/ui/status-badge';
import { useReviews } from '../api/get-reviews';

/** "3 of 35 accepted, 2 overdue" */
export function progressText(progress: TProgress): string {
  if (progress.total === 0) return 'No assignments yet';
  const overdue = progress.overdue > 0 ? `, ${progress.overdue} overdue` : '';
  return `${progress.accepted} of ${progress.total} accepted${overdue}`;
}

function ProgressCell({ progress }: { progress: TProgress }) {
  return (
    <div className="progress">
      <span className="progress__text">{progressText(progress)}</span>
      {progress.total > 0 ? (
        <progress
          className="progress__bar"
          max={progress.total}
          value={progress.accepted}
          aria-hidden="true"
        />
      ) : null}
    </div>
  );
}

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
        <time dateTime={review.finalDueDate}>{formatCalendarDate(review.finalDueDate, 'long')}</time>
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
    <table className="reviews-table">
      <caption className="visually-hidden">Voluntary GCM reviews</caption>
      <thead>
        <tr>
          <th scope="col">Review</th>
          <th scope="col">Country</th>
          <th scope="col">Cycle</th>
          <th scope="col">Status</th>
          <th scope="col">Final deadline</th>
          <th scope="col">Coordinating office</th>
          <th scope="col">Progress</th>
        </tr>
      </thead>
      <tbody>
        {reviews.map((review) => (
          <ReviewRow key={review.id} review={review} />
        ))}
      </tbody>
    </table>
  );
}

export function ReviewsListPage() {
  const reviews = useReviews();

  return (
    <div className="page">
      <title>Reviews — GCM Review Tracker</title>
      <div className="page__header">
        <h1>Reviews</h1>
        <Link to="/reviews/new" className="button button--link">
          Create a review
        </Link>
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
              here. <Link to="/reviews/new">Create a review</Link> if you coordinate one.
            </p>
          </div>
        }
      >
        {(data) => <ReviewsTable reviews={data.reviews} />}
      </QueryGate>
    </div>
  );
}
