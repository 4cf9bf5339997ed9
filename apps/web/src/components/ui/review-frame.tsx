import type { TReviewDetail } from '@gcm/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useReview } from '../../lib/api/get-review';
import { isApiError } from '../../lib/api-client';
import { ErrorPanel } from './error-panel';
import { ReviewNav } from './review-nav';
import { Loading } from './spinner';

interface ReviewFrameProps {
  reviewId: string;
  /** The h1 of the page: "Assignments", "People & organisations"… */
  title: string;
  /** Pages only the coordinator may use say so to everyone else instead of failing on each request. */
  coordinatorOnly?: boolean;
  children: (review: TReviewDetail) => ReactNode;
}

/** A page inside one review: back link, heading, the review's section tabs, then the page itself. */
export function ReviewFrame({ reviewId, title, coordinatorOnly = false, children }: ReviewFrameProps) {
  const { data: review, error, isError, refetch, isFetching } = useReview(reviewId);

  // Once loaded, a failed background refresh keeps the page (and any form being filled in).
  if (!review && !isError) {
    return (
      <div className="page">
        <Loading label="Loading the review…" />
      </div>
    );
  }
  if (!review) {
    const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
    return (
      <div className="page">
        <title>Review not available — GCM Review Tracker</title>
        <ErrorPanel
          title={notFound ? 'Review not found' : 'The review could not be loaded'}
          error={error}
          onRetry={() => void refetch()}
          retrying={isFetching}
        >
          <Link to="/reviews">Go to the list of reviews</Link>
        </ErrorPanel>
      </div>
    );
  }
  return (
    <div className="page">
      <title>{`${title} — ${review.title} — GCM Review Tracker`}</title>
      <p className="back-link">
        <Link to={`/reviews/${review.id}`}>← {review.title}</Link>
      </p>
      <h1>{title}</h1>
      <ReviewNav reviewId={review.id} role={review.viewer.role} />
      {coordinatorOnly && review.viewer.role !== 'coordinator' ? (
        <div className="error-panel" role="alert">
          <h2 className="error-panel__title">Only the coordinator can use this page</h2>
          <p className="error-panel__message">
            Ask the coordinator of this review if you need a change here.
          </p>
        </div>
      ) : (
        children(review)
      )}
    </div>
  );
}
