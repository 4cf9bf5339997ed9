import type { TReviewDetail } from '@gcm/domain';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ReviewStatusBadge } from '../../../components/ui/status-badge';
import { type TLifeCycleStep, useChangeReviewStatus } from '../api/change-review-status';

interface Step {
  step: TLifeCycleStep;
  label: string;
  question: string;
  explanation: string;
}

const NEXT_STEP: Partial<Record<TReviewDetail['status'], Step>> = {
  submitted: {
    step: 'close',
    label: 'Close the review',
    question: 'Close the review? Nothing in it can be changed afterwards, not even by an amendment.',
    explanation:
      'Once ESCAP has the final version, close the review: it becomes read-only for good. An open amendment must be sent first.',
  },
  closed: {
    step: 'archive',
    label: 'Archive',
    question: 'Archive the review? It leaves the list of reviews but can still be read.',
    explanation: 'The review is closed. Archiving it takes it off the list of reviews; it stays readable.',
  },
};

/** The review's place in its life cycle and, for the coordinator, the next step once the report is in. */
export function LifeCycleSection({ review }: { review: TReviewDetail }) {
  const change = useChangeReviewStatus(review.id);
  const next = NEXT_STEP[review.status];
  if (review.viewer.role !== 'coordinator' || !next) return null;
  return (
    <section className="card" aria-labelledby="life-cycle-title" data-testid="life-cycle">
      <h2 id="life-cycle-title">
        The review is <ReviewStatusBadge status={review.status} />
      </h2>
      <p className="muted">{next.explanation}</p>
      <ConfirmButton
        label={next.label}
        question={next.question}
        confirmLabel={`Yes, ${next.label.toLowerCase()}`}
        busy={change.isPending}
        onConfirm={() => change.mutate(next.step)}
      />
      {change.isError ? (
        <ErrorPanel
          title={`The review could not be ${next.step === 'close' ? 'closed' : 'archived'}`}
          error={change.error}
        />
      ) : null}
    </section>
  );
}
