import type { TReviewDetail, TVoteRound } from '@gcm/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageGate } from '../../../components/ui/page-gate';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { useT } from '../../../lib/i18n/use-t';
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
  const t = useT();
  const roundQuery = useVoteRound(voteId);
  return (
    <PageGate query={roundQuery} noun="vote">
      {(round) => (
        <ReviewFrame reviewId={round.reviewId} title={title(round)}>
          {(review) => (
            <>
              <p className="back-link">
                <Link to={`/reviews/${review.id}/votes`}>{t('votes.back')}</Link>
              </p>
              {children(round, review)}
            </>
          )}
        </ReviewFrame>
      )}
    </PageGate>
  );
}
