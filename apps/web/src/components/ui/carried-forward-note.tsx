import type { TReviewDetail } from '@gcm/domain';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

/** "Started from <previous review> (<cycle>)" on a review carried forward from an earlier cycle; nothing otherwise. */
export function CarriedForwardNote({ review }: { review: Pick<TReviewDetail, 'carriedForwardFrom'> }) {
  const from = review.carriedForwardFrom;
  if (!from) return null;
  return (
    <p className="review__carried" data-testid="carried-forward-from">
      <FormattedMessage
        id="ui.carried.note"
        values={{
          title: from.title,
          cycle: from.cycle,
          link: (chunks) => <Link to={`/reviews/${from.reviewId}`}>{chunks}</Link>,
        }}
      />
    </p>
  );
}
