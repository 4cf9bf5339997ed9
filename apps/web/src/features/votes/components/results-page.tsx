import {
  ORGANISATION_TYPE_LABELS,
  type TReviewDetail,
  type TVoteResults,
  type TVoteRound,
} from '@gcm/domain';
import { type ReactNode, useId, useState } from 'react';
import { useParams } from 'react-router';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { QueryGate } from '../../../components/ui/query-gate';
import { Loading } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { clusterLabel } from '../../../lib/objectives';
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
import { RoundFacts, RoundLinks, SecretNote } from './vote-page';

/** "12 of 16 ballots (75%). Quorum 10: met." */
export function turnoutSentence(results: Pick<TVoteResults, 'ballots' | 'eligible' | 'quorum'>): string {
  const share = results.eligible > 0 ? ` (${Math.round((results.ballots / results.eligible) * 100)}%)` : '';
  const quorum =
    results.quorum === null
      ? ' No quorum was set.'
      : ` Quorum ${results.quorum}: ${results.ballots >= results.quorum ? 'met' : 'not met'}.`;
  return `${results.ballots} of ${results.eligible} ballot${results.eligible === 1 ? '' : 's'}${share}.${quorum}`;
}

/** Who may vote and has not yet: names only, from participation (never anything of a ballot). */
function NonVoters({ voteId }: { voteId: string }) {
  const list = useNonVoters(voteId);
  return (
    <QueryGate
      query={list}
      loading="Loading who has not voted…"
      errorTitle="The list of who has not voted could not be loaded"
    >
      {({ nonVoters }) =>
        nonVoters.length === 0 ? (
          <p>Everyone who may vote has voted.</p>
        ) : (
          <>
            <h3 id="non-voters-title">Not voted yet ({nonVoters.length})</h3>
            <ul aria-labelledby="non-voters-title" data-testid="non-voters">
              {nonVoters.map((voter) => (
                <li key={voter.personId}>
                  {voter.name} <span className="muted">({voter.email})</span>
                  {voter.onBehalfOf ? ` — for ${voter.onBehalfOf}` : null}
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
  const close = useCloseVoteRound(round);
  const remind = useRemindVoters(round);
  if (round.state !== 'open') return null;
  return (
    <section className="card" aria-labelledby="round-actions-title">
      <h2 id="round-actions-title">While the vote is open</h2>
      <div className="toolbar">
        <button
          type="button"
          className="button button--secondary"
          disabled={remind.isPending}
          onClick={() => remind.mutate()}
        >
          {remind.isPending ? 'Sending…' : 'Send a reminder to those who have not voted'}
        </button>
        <ConfirmButton
          label="Close the round now"
          question="Close the vote now? Nobody can cast or change a ballot afterwards."
          confirmLabel="Yes, close the round"
          busy={close.isPending}
          onConfirm={() => close.mutate()}
        />
      </div>
      <NonVoters voteId={round.id} />
      <p role="status" className="form__saved" data-testid="remind-result">
        {remind.data
          ? remind.data.queued === 0
            ? 'Everyone has voted: no reminder was needed.'
            : `${remind.data.queued} reminder${remind.data.queued === 1 ? '' : 's'} queued.`
          : ''}
      </p>
      {remind.isError ? <ErrorPanel title="The reminders could not be sent" error={remind.error} /> : null}
      {close.isError ? <ErrorPanel title="The vote could not be closed" error={close.error} /> : null}
    </section>
  );
}

function Breakdowns({ results }: { results: TVoteResults }) {
  const id = useId();
  const tabs: { key: string; label: string; content: ReactNode }[] = [
    {
      key: 'cluster',
      label: 'By cluster',
      content: results.byCluster.map((group) => (
        <section key={group.cluster} aria-labelledby={`${id}-cluster-${group.cluster}`}>
          <h3 id={`${id}-cluster-${group.cluster}`}>{clusterLabel(group.cluster)}</h3>
          <RankingTable
            method={results.method}
            ranking={group.ranking}
            caption={`Results within ${clusterLabel(group.cluster)}`}
          />
        </section>
      )),
    },
  ];
  if (results.byOrganisationType && results.byOrganisationType.length > 0) {
    tabs.push({
      key: 'type',
      label: 'By type of organisation',
      content: results.byOrganisationType.map((group) => (
        <section key={group.type} aria-labelledby={`${id}-type-${group.type}`}>
          <h3 id={`${id}-type-${group.type}`}>
            {ORGANISATION_TYPE_LABELS[group.type]}{' '}
            <span className="muted">
              ({group.ballots} ballot{group.ballots === 1 ? '' : 's'})
            </span>
          </h3>
          <RankingTable
            method={results.method}
            ranking={group.ranking}
            caption={`Results among ${ORGANISATION_TYPE_LABELS[group.type]} ballots`}
          />
        </section>
      )),
    });
  }
  const [selected, setSelected] = useState(tabs[0]?.key ?? '');
  const current = tabs.find((tab) => tab.key === selected) ?? tabs[0];
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="breakdowns">
      <h2 id={`${id}-title`}>Breakdown</h2>
      <div className="tabs" role="tablist" aria-label="Breakdown of the results">
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
  const { ranked } = results;
  return (
    <>
      <section className="card" aria-labelledby="results-title">
        <h2 id="results-title">Results</h2>
        <p data-testid="turnout">{turnoutSentence(results)}</p>
        <BallotCounts counts={results.counts} />
        {!results.valid ? (
          <p className="notice notice--warning" data-testid="results-not-valid">
            <strong>The result is not valid:</strong> fewer ballots were cast than the quorum.
          </p>
        ) : null}
        {round.state === 'open' ? (
          <p className="muted">Voting is still open: these figures may change.</p>
        ) : null}
        {ranked ? <CondorcetLines ranked={ranked} /> : null}
        {results.ranking.length > 0 ? (
          <ResultsChart method={results.method} ranking={results.ranking} />
        ) : null}
        <RankingTable
          method={results.method}
          ranking={results.ranking}
          borda={results.method === 'ranked' ? results.borda : null}
          caption="Objectives from the most to the least supported; tied objectives share a rank"
          testId="results-table"
        />
        {results.method === 'ranked' ? (
          <p className="muted">
            The ranking is counted with the Schulze method (wins in head-to-head comparisons); the Borda count
            is shown beside it for comparison.
          </p>
        ) : null}
        <BallotSetHash results={results} coordinator={coordinator} />
        <p>
          <a href={resultsCsvUrl(round.id)} download>
            Download the results (CSV)
          </a>
        </p>
      </section>
      {ranked ? (
        <section className="card" aria-labelledby="methods-title">
          <h2 id="methods-title">Every method side by side</h2>
          <p className="muted">
            Schulze, Copeland (a win counts 1, a tie ½) and ranked pairs compare the objectives two by two;
            Borda adds points by position. Where a tie must be broken to lock ranked pairs, the stronger
            majority goes first, then the lower objective number.
          </p>
          <MethodsTable results={results} ranked={ranked} />
        </section>
      ) : null}
      {ranked ? <PairwiseMatrix round={round} matrix={ranked.pairwise} /> : null}
      <Breakdowns results={results} />
    </>
  );
}

function ResultsSection({ round, coordinator }: { round: TVoteRound; coordinator: boolean }) {
  const results = useVoteResults(round.id, { enabled: round.state !== 'scheduled' });
  if (round.state === 'scheduled') {
    return <p className="notice">Voting has not opened yet: there are no results.</p>;
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
        title="The results could not be loaded"
        error={results.error}
        onRetry={() => void results.refetch()}
        retrying={results.isFetching}
      />
    );
  }
  if (!results.data) return <Loading label="Loading the results…" />;
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
  const { voteId = '' } = useParams();
  return (
    <RoundFrame voteId={voteId} title={(round) => `Results — ${round.title}`}>
      {(round, review) => <ResultsView round={round} review={review} />}
    </RoundFrame>
  );
}
