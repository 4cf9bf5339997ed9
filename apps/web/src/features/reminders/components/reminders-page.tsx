import type { TReviewDetail } from '@gcm/domain';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { useT } from '../../../lib/i18n/use-t';
import { FailedEmails } from './failed-emails';
import type { DueDates } from './outbox-labels';
import { OutboxTable } from './outbox-table';
import { ReminderPolicySection } from './reminder-policy-form';

/** Assignment id → due date, from the review already loaded, to say "7 days before" for a reminder. */
export function dueDatesOf(review: TReviewDetail): DueDates {
  const questions = [...review.clusters.flatMap((cluster) => cluster.questions), ...review.generalQuestions];
  return new Map(
    questions.flatMap((question) =>
      question.assignments.map((assignment) => [assignment.id, assignment.dueDate]),
    ),
  );
}

function Reminders({ review }: { review: TReviewDetail }) {
  const t = useT();
  const dueDates = useMemo(() => dueDatesOf(review), [review]);
  return (
    <>
      <p className="page__lead">{t('reminders.page.lead')}</p>
      <ReminderPolicySection reviewId={review.id} timeZone={review.timeZone} />
      <FailedEmails reviewId={review.id} timeZone={review.timeZone} dueDates={dueDates} />
      <OutboxTable reviewId={review.id} timeZone={review.timeZone} dueDates={dueDates} />
    </>
  );
}

export function RemindersPage() {
  const t = useT();
  const { reviewId = '' } = useParams();
  return (
    <ReviewFrame reviewId={reviewId} title={t('reminders.page.title')} coordinatorOnly>
      {(review) => <Reminders review={review} />}
    </ReviewFrame>
  );
}
