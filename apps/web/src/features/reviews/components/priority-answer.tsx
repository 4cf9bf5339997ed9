import type { TReviewQuestion } from '@gcm/domain';
import { Link } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { PriorityTable } from '../../../components/ui/priority-table';
import { Loading } from '../../../components/ui/spinner';
import { latestFinalisedRound, useReviewVotes } from '../../../lib/api/get-review-votes';
import { useVotePriorities } from '../../../lib/api/get-vote-priorities';
import { useT } from '../../../lib/i18n/use-t';
import { priorityColumns } from '../../../lib/question-info';

/**
 * The priority-objectives question (ESCAP 2020: question 7) answered by the finalised vote: the
 * coordinator's list of priority objectives with the reasons, as the questionnaire's two-column table.
 */
export function PriorityAnswer({ reviewId, question }: { reviewId: string; question: TReviewQuestion }) {
  const t = useT();
  const votes = useReviewVotes(reviewId);
  const round = votes.data ? latestFinalisedRound(votes.data.rounds) : undefined;
  const priorities = useVotePriorities(round?.id ?? '', { enabled: round !== undefined });

  if (votes.isError || priorities.isError) {
    const failed = votes.isError ? votes : priorities;
    return (
      <ErrorPanel
        title={t('reviews.priority.error')}
        error={failed.error}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  }
  if (votes.isPending) return <Loading label={t('reviews.priority.loadingVotes')} />;
  if (!round) {
    return (
      <p className="muted" data-testid="priority-answer-none">
        {t('reviews.priority.none')}{' '}
        <Link to={`/reviews/${reviewId}/votes`}>{t('reviews.priority.votes')}</Link>
      </p>
    );
  }
  return (
    <div className="answer" data-testid="priority-answer">
      <h5 className="answer__title">{t('reviews.priority.title')}</h5>
      {priorities.data ? (
        <PriorityTable
          priorities={priorities.data.priorities}
          caption={t('reviews.priority.caption', { code: question.code })}
          columns={priorityColumns(question)}
        />
      ) : (
        <Loading label={t('reviews.priority.loading')} />
      )}
      <p>
        <Link to={`/votes/${round.id}/finalise`}>{t('reviews.priority.see', { title: round.title })}</Link>
      </p>
    </div>
  );
}
