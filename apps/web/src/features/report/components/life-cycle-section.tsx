import type { TReviewDetail } from '@gcm/domain';
import { FormattedMessage } from 'react-intl';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ReviewStatusBadge } from '../../../components/ui/status-badge';
import { type MessageId, useT } from '../../../lib/i18n/use-t';
import { type TLifeCycleStep, useChangeReviewStatus } from '../api/change-review-status';

interface Step {
  step: TLifeCycleStep;
  label: MessageId;
  question: MessageId;
  explanation: MessageId;
  confirm: MessageId;
  failed: MessageId;
}

const NEXT_STEP: Partial<Record<TReviewDetail['status'], Step>> = {
  submitted: {
    step: 'close',
    label: 'report.lifeCycle.close.label',
    question: 'report.lifeCycle.close.question',
    explanation: 'report.lifeCycle.close.explanation',
    confirm: 'report.lifeCycle.close.confirm',
    failed: 'report.lifeCycle.close.failed',
  },
  closed: {
    step: 'archive',
    label: 'report.lifeCycle.archive.label',
    question: 'report.lifeCycle.archive.question',
    explanation: 'report.lifeCycle.archive.explanation',
    confirm: 'report.lifeCycle.archive.confirm',
    failed: 'report.lifeCycle.archive.failed',
  },
};

/** The review's place in its life cycle and, for the coordinator, the next step once the report is in. */
export function LifeCycleSection({ review }: { review: TReviewDetail }) {
  const change = useChangeReviewStatus(review.id);
  const t = useT();
  const next = NEXT_STEP[review.status];
  if (review.viewer.role !== 'coordinator' || !next) return null;
  return (
    <section className="card" aria-labelledby="life-cycle-title" data-testid="life-cycle">
      <h2 id="life-cycle-title">
        <FormattedMessage
          id="report.lifeCycle.title"
          values={{ status: <ReviewStatusBadge status={review.status} /> }}
        />
      </h2>
      <p className="muted">{t(next.explanation)}</p>
      <ConfirmButton
        label={t(next.label)}
        question={t(next.question)}
        confirmLabel={t(next.confirm)}
        busy={change.isPending}
        onConfirm={() => change.mutate(next.step)}
      />
      {change.isError ? <ErrorPanel title={t(next.failed)} error={change.error} /> : null}
    </section>
  );
}
