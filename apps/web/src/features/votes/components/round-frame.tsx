import type { TReviewDetail, TVoteRound } from '@gcm/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { Loading } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { useVoteRound } from '../api/get-vote-round';

/** A page of one vote round: loads the round, then its review (heading, sections), then the page. */
export function RoundFrame({
  voteId,
  title,
  children,
}: {
  voteId: string;
  title: (round: TVoteRound) => string;
  children: (round: TVoteRound, review: TReviewDetail) => ReactNode;
}) {
  const { data: round, error, isError, refetch, isFetching } = useVoteRound(voteId);
  if (!round && !isError) {
    return (
      <div className="page">
        <Loading label="Loading the vote…" />
      </div>
    );
  }
  if (!round) {
    const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
    return (
      <div className="page">
        <title>Vote not available — GCM Review Tracker</title>
        <ErrorPanel
          title={notFound ? 'Vote not found' : 'The vote could not be loaded'}
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
    <ReviewFrame reviewId={round.reviewId} title={title(round)}>
      {(review) => (
        <>
          <p className="back-link">
            <Link to={`/reviews/${review.id}/votes`}>← All votes</Link>
          </p>
          {children(round, review)}
        </>
      )}
    </ReviewFrame>
  );
}
