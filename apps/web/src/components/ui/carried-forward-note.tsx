import type { TReviewDetail } from '@gcm/domain';
import { Link } from 'react-router';

/** "Started from <previous review> (<cycle>)" on a review carried forward from an earlier cycle; nothing otherwise. */
export function CarriedForwardNote({ review }: { review: Pick<TReviewDetail, 'carriedForwardFrom'> }) {
  const from = review.carriedForwardFrom;
  if (!from) return null;
  return (
    <p className="review__carried" data-testid="carried-forward-from">
      Started from{' '}
      <Link to={`/reviews/${from.reviewId}`}>
        {from.title} ({from.cycle})
      </Link>
      : its organisations, people and plan of assignments were copied, and its final answers are the starting
      drafts.
    </p>
  );
}
