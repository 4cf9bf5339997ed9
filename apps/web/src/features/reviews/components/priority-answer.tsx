import type { TReviewQuestion } from '@gcm/domain';
import { Link } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { PriorityTable } from '../../../components/ui/priority-table';
import { Loading } from '../../../components/ui/spinner';
import { latestFinalisedRound, useReviewVotes } from '../../../lib/api/get-review-votes';
import { useVotePriorities } from '../../../lib/api/get-vote-priorities';
import { priorityColumns } from '../../../lib/question-info';

/**
 * The priority-objectives question (ESCAP 2020: question 7) answered by the finalised vote: the
 * coordinator's list of priority objectives with the reasons, as the questionnaire's two-column table.
 */
export function PriorityAnswer({ reviewId, question }: { reviewId: string; question: TReviewQuestion }) {
  const votes = useReviewVotes(reviewId);
  const round = votes.data ? latestFinalisedRound(votes.data.rounds) : undefined;
  const priorities = useVotePriorities(round?.id ?? '', { enabled: round !== undefined });

  if (votes.isError || priorities.isError) {
    const failed = votes.isError ? votes : priorities;
    return (
      <ErrorPanel
        title="The answer from the vote could not be loaded"
        error={failed.error}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  }
  if (votes.isPending) return <Loading label="Loading the votes…" />;
  if (!round) {
    return (
      <p className="muted" data-testid="priority-answer-none">
        No vote is finalised yet. <Link to={`/reviews/${reviewId}/votes`}>Votes</Link>
      </p>
    );
  }
  return (
    <div className="answer" data-testid="priority-answer">
      <h5 className="answer__title">Answer from the finalised vote</h5>
      {priorities.data ? (
        <PriorityTable
          priorities={priorities.data.priorities}
          caption={`Answer to question ${question.code}`}
          columns={priorityColumns(question)}
        />
      ) : (
        <Loading label="Loading the priority list…" />
      )}
      <p>
        <Link to={`/votes/${round.id}/finalise`}>See the priority list of “{round.title}”</Link>
      </p>
    </div>
  );
}
