import type { TReviewDetail } from '@gcm/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useReview } from '../../lib/api/get-review';
import { useT } from '../../lib/i18n/use-t';
import { PageGate } from './page-gate';
import { ReviewNav } from './review-nav';

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
  const t = useT();
  const reviewQuery = useReview(reviewId);
  return (
    <PageGate query={reviewQuery} noun="review">
      {(review) => (
        <div className="page">
          <title>{`${title} — ${review.title} — ${t('shell.brand')}`}</title>
          <p className="back-link">
            <Link to={`/reviews/${review.id}`}>{t('ui.back', { title: review.title })}</Link>
          </p>
          <h1>{title}</h1>
          <ReviewNav reviewId={review.id} workspaceId={review.workspaceId} role={review.viewer.role} />
          {coordinatorOnly && review.viewer.role !== 'coordinator' ? (
            <div className="error-panel" role="alert">
              <h2 className="error-panel__title">{t('ui.frame.coordinatorOnly')}</h2>
              <p className="error-panel__message">{t('ui.frame.askCoordinator')}</p>
            </div>
          ) : (
            children(review)
          )}
        </div>
      )}
    </PageGate>
  );
}
