import { type TReviewDetail, type TVoteRound } from '@gcm/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { PriorityTable } from '../../../components/ui/priority-table';
import { QueryGate } from '../../../components/ui/query-gate';
import { Loading } from '../../../components/ui/spinner';
import { useVotePriorities } from '../../../lib/api/get-vote-priorities';
import { useT } from '../../../lib/i18n/use-t';
import { priorityColumns, priorityQuestion } from '../../../lib/question-info';
import { useVoteResults } from '../api/get-vote-results';
import { PriorityEditor } from './priority-editor';
import { RoundFrame } from './round-frame';

function FinalList({
  round,
  review,
  justSaved,
  onEdit,
}: {
  round: TVoteRound;
  review: TReviewDetail;
  justSaved: boolean;
  onEdit?: () => void;
}) {
  const t = useT();
  const priorities = useVotePriorities(round.id);
  const question = priorityQuestion(review);
  return (
    <section className="card" aria-labelledby="final-title">
      <h2 id="final-title">{t('votes.final.title')}</h2>
      {justSaved ? (
        <p className="notice notice--success" role="status" data-testid="priorities-saved">
          {question ? t('votes.final.savedAnswer', { code: question.code }) : t('votes.final.saved')}
        </p>
      ) : null}
      <QueryGate
        query={priorities}
        loading={t('votes.final.loading')}
        errorTitle={t('votes.final.loadError')}
      >
        {(data) => (
          <>
            <PriorityTable priorities={data.priorities} columns={priorityColumns(question)} />
            <ul className="inline-links inline-links--page">
              {question ? (
                <li>
                  <Link to={`/reviews/${review.id}#question-${encodeURIComponent(question.code)}`}>
                    {t('votes.final.seeQuestion', { code: question.code })}
                  </Link>
                </li>
              ) : null}
              {onEdit ? (
                <li>
                  <button type="button" className="button button--secondary" onClick={onEdit}>
                    {t('votes.final.change')}
                  </button>
                </li>
              ) : null}
            </ul>
          </>
        )}
      </QueryGate>
    </section>
  );
}

function Finalise({ round, review }: { round: TVoteRound; review: TReviewDetail }) {
  const t = useT();
  const coordinator = review.viewer.role === 'coordinator';
  const [editing, setEditing] = useState(coordinator && round.state === 'closed');
  const [justSaved, setJustSaved] = useState(false);
  const needsResults = coordinator && editing;
  const results = useVoteResults(round.id, { enabled: needsResults });
  const previous = useVotePriorities(round.id, { enabled: needsResults && round.state === 'finalised' });

  if (round.state === 'scheduled' || round.state === 'open') {
    return (
      <p className="notice" data-testid="not-closed">
        {t('votes.final.notClosed')}{' '}
        {round.state === 'open' && !round.resultsHidden ? (
          <Link to={`/votes/${round.id}/results`}>{t('votes.final.resultsSoFar')}</Link>
        ) : null}
      </p>
    );
  }
  if (!editing) {
    if (round.state !== 'finalised' && !justSaved) {
      return <p className="notice">{t('votes.final.notYet')}</p>;
    }
    return (
      <FinalList
        round={round}
        review={review}
        justSaved={justSaved}
        {...(coordinator
          ? {
              onEdit: () => {
                setJustSaved(false);
                setEditing(true);
              },
            }
          : {})}
      />
    );
  }
  const failed = results.isError ? results : previous.isError ? previous : null;
  if (failed) {
    return (
      <ErrorPanel
        title={t('votes.results.loadError')}
        error={failed.error}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  }
  if (!results.data || (round.state === 'finalised' && !previous.data)) {
    return <Loading label={t('votes.results.loading')} />;
  }
  return (
    <PriorityEditor
      round={round}
      results={results.data}
      answersQuestion={priorityQuestion(review)?.code ?? null}
      initial={round.state === 'finalised' ? (previous.data ?? null) : null}
      onSaved={() => {
        setJustSaved(true);
        setEditing(false);
      }}
      {...(round.state === 'finalised' ? { onCancel: () => setEditing(false) } : {})}
    />
  );
}

export function FinalisePage() {
  const t = useT();
  const { voteId = '' } = useParams();
  return (
    <RoundFrame voteId={voteId} title={(round) => t('votes.final.pageTitle', { title: round.title })}>
      {(round, review) => <Finalise round={round} review={review} />}
    </RoundFrame>
  );
}
