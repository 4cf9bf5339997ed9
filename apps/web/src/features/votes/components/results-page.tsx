import type { TReviewDetail, TVoteResults, TVoteRound } from '@gcm/domain';
import { type ReactNode, useId, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useParams } from 'react-router';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { QueryGate } from '../../../components/ui/query-gate';
import { Loading } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n/use-t';
import { useCloseVoteRound } from '../api/close-vote-round';
import { useNonVoters } from '../api/get-non-voters';
import { resultsCsvUrl, useVoteResults } from '../api/get-vote-results';
import { useRemindVoters } from '../api/remind-voters';
import { BallotCounts, BallotSetHash } from './ballot-set-facts';
import { PairwiseMatrix } from './pairwise-matrix';
import { CondorcetLines, MethodsTable } from './ranked-methods';
import { RankingTable } from './ranking-table';
import { ResultsChart } from './results-chart';
import { RoundFrame } from './round-frame';
import { objectiveNames, type Translate } from './use-objective-names';
import { organisationTypeLabel } from './vote-labels';
import { RoundFacts, RoundLinks, SecretNote } from './vote-page';

/** "12 of 16 ballots (75%). Quorum 10: met." */
export function turnoutSentence(
  t: Translate,
  results: Pick<TVoteResults, 'ballots' | 'eligible' | 'quorum'>,
): string {
  const { ballots, eligible, quorum } = results;
  const turnout =
    eligible > 0
      ? t('votes.results.turnout', { ballots, eligible, percent: Math.round((ballots / eligible) * 100) })
      : t('votes.results.turnoutNoneEligible', { ballots, eligible });
  const quorumSentence =
    quorum === null
      ? t('votes.results.noQuorum')
      : ballots >= quorum
        ? t('votes.results.quorumMet', { quorum })
        : t('votes.results.quorumNotMet', { quorum });
  return `${turnout} ${quorumSentence}`;
}

/** Who may vote and has not yet: names only, from participation (never anything of a ballot). */
function NonVoters({ voteId }: { voteId: string }) {
  const t = useT();
  const list = useNonVoters(voteId);
  return (
    <QueryGate query={list} loading={t('votes.nonVoters.loading')} errorTitle={t('votes.nonVoters.error')}>
      {({ nonVoters }) =>
        nonVoters.length === 0 ? (
          <p>{t('votes.nonVoters.none')}</p>
        ) : (
          <>
            <h3 id="non-voters-title">{t('votes.nonVoters.title', { count: nonVoters.length })}</h3>
            <ul aria-labelledby="non-voters-title" data-testid="non-voters">
              {nonVoters.map((voter) => (
                <li key={voter.personId}>
                  {voter.name} <span className="muted">({voter.email})</span>
                  {voter.onBehalfOf
                    ? ` ${t('votes.nonVoters.onBehalfOf', { organisation: voter.onBehalfOf })}`
                    : null}
                </li>
              ))}
            </ul>
          </>
        )
      }
    </QueryGate>
  );
}

function CoordinatorActions({ round }: { round: TVoteRound }) {
  const t = useT();
  const close = useCloseVoteRound(round);
  const remind = useRemindVoters(round);
  if (round.state !== 'open') return null;
  return (
    <section className="card" aria-labelledby="round-actions-title">
      <h2 id="round-actions-title">{t('votes.actions.title')}</h2>
      <div className="toolbar">
        <button
          type="button"
          className="button button--secondary"
          disabled={remind.isPending}
          onClick={() => remind.mutate()}
        >
          {remind.isPending ? t('votes.ballot.sending') : t('votes.actions.remind')}
        </button>
        <ConfirmButton
          label={t('votes.actions.close')}
          question={t('votes.actions.closeQuestion')}
          confirmLabel={t('votes.actions.closeConfirm')}
          busy={close.isPending}
          onConfirm={() => close.mutate()}
        />
      </div>
      <NonVoters voteId={round.id} />
      <p role="status" className="form__saved" data-testid="remind-result">
        {remind.data
          ? remind.data.queued === 0
            ? t('votes.actions.noReminder')
            : t('votes.actions.queued', { count: remind.data.queued })
          : ''}
      </p>
      {remind.isError ? <ErrorPanel title={t('votes.actions.remindError')} error={remind.error} /> : null}
      {close.isError ? <ErrorPanel title={t('votes.actions.closeError')} error={close.error} /> : null}
    </section>
  );
}

function Breakdowns({ results }: { results: TVoteResults }) {
  const t = useT();
  const { clusterLabel } = objectiveNames(t);
  const id = useId();
  const tabs: { key: string; label: string; content: ReactNode }[] = [
    {
      key: 'cluster',
      label: t('votes.breakdown.byCluster'),
      content: results.byCluster.map((group) => (
        <section key={group.cluster} aria-labelledby={`${id}-cluster-${group.cluster}`}>
          <h3 id={`${id}-cluster-${group.cluster}`}>{clusterLabel(group.cluster)}</h3>
          <RankingTable
            method={results.method}
            ranking={group.ranking}
            caption={t('votes.breakdown.clusterCaption', { cluster: clusterLabel(group.cluster) })}
          />
        </section>
      )),
    },
  ];
  if (results.byOrganisationType && results.byOrganisationType.length > 0) {
    tabs.push({
      key: 'type',
      label: t('votes.breakdown.byType'),
      content: results.byOrganisationType.map((group) => (
        <section key={group.type} aria-labelledby={`${id}-type-${group.type}`}>
          <h3 id={`${id}-type-${group.type}`}>
            {organisationTypeLabel(t, group.type)}{' '}
            <span className="muted">{t('votes.breakdown.typeBallots', { count: group.ballots })}</span>
          </h3>
          <RankingTable
            method={results.method}
            ranking={group.ranking}
            caption={t('votes.breakdown.typeCaption', { type: organisationTypeLabel(t, group.type) })}
          />
        </section>
      )),
    });
  }
  const [selected, setSelected] = useState(tabs[0]?.key ?? '');
  const current = tabs.find((tab) => tab.key === selected) ?? tabs[0];
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="breakdowns">
      <h2 id={`${id}-title`}>{t('votes.breakdown.title')}</h2>
      <div className="tabs" role="tablist" aria-label={t('votes.breakdown.tabs')}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-selected={tab.key === current?.key}
            aria-controls={`${id}-panel`}
            className="tabs__tab"
            tabIndex={tab.key === current?.key ? 0 : -1}
            onClick={() => setSelected(tab.key)}
            onKeyDown={(event) => {
              // Arrow keys move between the tabs, as in any tab list.
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const index = tabs.findIndex((other) => other.key === tab.key);
              const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
              if (!next) return;
              setSelected(next.key);
              document.getElementById(`${id}-tab-${next.key}`)?.focus();
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${current?.key}`}
        className="tabs__panel"
      >
        {current?.content}
      </div>
    </section>
  );
}

function Results({
  round,
  results,
  coordinator,
}: {
  round: TVoteRound;
  results: TVoteResults;
  coordinator: boolean;
}) {
  const t = useT();
  const { ranked } = results;
  return (
    <>
      <section className="card" aria-labelledby="results-title">
        <h2 id="results-title">{t('votes.results.title')}</h2>
        <p data-testid="turnout">{turnoutSentence(t, results)}</p>
        <BallotCounts counts={results.counts} />
        {!results.valid ? (
          <p className="notice notice--warning" data-testid="results-not-valid">
            <FormattedMessage
              id="votes.results.notValid"
              values={{ strong: (chunks) => <strong>{chunks}</strong> }}
            />
          </p>
        ) : null}
        {round.state === 'open' ? <p className="muted">{t('votes.results.stillOpen')}</p> : null}
        {ranked ? <CondorcetLines ranked={ranked} /> : null}
        {results.ranking.length > 0 ? (
          <ResultsChart method={results.method} ranking={results.ranking} />
        ) : null}
        <RankingTable
          method={results.method}
          ranking={results.ranking}
          borda={results.method === 'ranked' ? results.borda : null}
          caption={t('votes.results.tableCaption')}
          testId="results-table"
        />
        {results.method === 'ranked' ? <p className="muted">{t('votes.results.schulzeNote')}</p> : null}
        <BallotSetHash results={results} coordinator={coordinator} />
        <p>
          <a href={resultsCsvUrl(round.id)} download>
            {t('votes.results.csv')}
          </a>
        </p>
      </section>
      {ranked ? (
        <section className="card" aria-labelledby="methods-title">
          <h2 id="methods-title">{t('votes.results.methodsTitle')}</h2>
          <p className="muted">{t('votes.results.methodsNote')}</p>
          <MethodsTable results={results} ranked={ranked} />
        </section>
      ) : null}
      {ranked ? <PairwiseMatrix round={round} matrix={ranked.pairwise} /> : null}
      <Breakdowns results={results} />
    </>
  );
}

function ResultsSection({ round, coordinator }: { round: TVoteRound; coordinator: boolean }) {
  const t = useT();
  const results = useVoteResults(round.id, { enabled: round.state !== 'scheduled' });
  if (round.state === 'scheduled') {
    return <p className="notice">{t('votes.results.notOpen')}</p>;
  }
  if (results.isError) {
    if (isApiError(results.error) && results.error.status === 403) {
      return (
        <p className="notice" data-testid="results-hidden">
          {results.error.message}
        </p>
      );
    }
    return (
      <ErrorPanel
        title={t('votes.results.loadError')}
        error={results.error}
        onRetry={() => void results.refetch()}
        retrying={results.isFetching}
      />
    );
  }
  if (!results.data) return <Loading label={t('votes.results.loading')} />;
  return <Results round={round} results={results.data} coordinator={coordinator} />;
}

function ResultsView({ round, review }: { round: TVoteRound; review: TReviewDetail }) {
  return (
    <>
      <RoundFacts round={round} timeZone={review.timeZone} />
      <SecretNote round={round} />
      <RoundLinks round={round} review={review} here="results" />
      {review.viewer.role === 'coordinator' ? <CoordinatorActions round={round} /> : null}
      <ResultsSection round={round} coordinator={review.viewer.role === 'coordinator'} />
    </>
  );
}

export function ResultsPage() {
  const t = useT();
  const { voteId = '' } = useParams();
  return (
    <RoundFrame voteId={voteId} title={(round) => t('votes.results.pageTitle', { title: round.title })}>
      {(round, review) => <ResultsView round={round} review={review} />}
    </RoundFrame>
  );
}
