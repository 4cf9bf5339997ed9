import type { TReviewDetail } from '@gcm/domain';
import { useParams } from 'react-router';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { useT } from '../../../lib/i18n/use-t';
import { ComplianceSection } from './compliance-table';
import { DeadlineLanes } from './deadline-lanes';
import { ReviewTimeline } from './review-timeline';

function Deadlines({ review }: { review: TReviewDetail }) {
  // The compliance figures are for the coordinator and observers; the lanes and the day list for every member.
  const seesCompliance = review.viewer.role === 'coordinator' || review.viewer.role === 'observer';
  return (
    <>
      <DeadlineLanes review={review} />
      {seesCompliance ? <ComplianceSection reviewId={review.id} /> : null}
      <ReviewTimeline reviewId={review.id} timeZone={review.timeZone} />
    </>
  );
}

export function DeadlinesPage() {
  const t = useT();
  const { reviewId = '' } = useParams();
  return (
    <ReviewFrame reviewId={reviewId} title={t('reminders.deadlines.title')}>
      {(review) => <Deadlines review={review} />}
    </ReviewFrame>
  );
}
