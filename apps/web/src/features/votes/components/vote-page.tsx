import type { TReviewDetail, TVoteRound } from '@gcm/domain';
import { formatInstant } from '@gcm/domain';
import { Link, useParams } from 'react-router';
import { QueryGate } from '../../../components/ui/query-gate';
import { useMyBallot } from '../api/get-my-ballot';
import { BallotForm } from './ballot-form';
import { RoundFrame } from './round-frame';
import { rulesText, turnoutText, VOTE_METHOD_LABELS, VoteStateBadge } from './vote-labels';

export function SecretNote({ round }: { round: TVoteRound }) {
  if (!round.secret) return null;
  return (
    <p className="notice" data-testid="secret-note">
      <strong>This vote is secret.</strong> Nobody, not even the coordinator, can see who voted what: only the
      totals and who has voted.
    </p>
  );
}

export function RoundFacts({ round, timeZone }: { round: TVoteRound; timeZone: string }) {
  return (
    <dl className="facts" data-testid="round-facts">
      <div className="facts__item">
        <dt>State</dt>
        <dd>
          <VoteStateBadge state={round.state} />
        </dd>
      </div>
      <div className="facts__item">
        <dt>Method</dt>
        <dd>
          {VOTE_METHOD_LABELS[round.method]}: {rulesText(round.rules)}
        </dd>
      </div>
      <div className="facts__item">
        <dt>Voting ({timeZone})</dt>
        <dd>
          <time dateTime={round.opensAt}>{formatInstant(round.opensAt, timeZone)}</time>
          {' – '}
          <time dateTime={round.closesAt}>{formatInstant(round.closesAt, timeZone)}</time>
          {round.closedEarlyAt ? (
            <span className="block" data-testid="closed-early">
              Closed early by the coordinator on{' '}
              <time dateTime={round.closedEarlyAt}>{formatInstant(round.closedEarlyAt, timeZone)}</time>
            </span>
          ) : null}
        </dd>
      </div>
      <div className="facts__item">
        <dt>Turnout</dt>
        <dd>
          {turnoutText(round.turnout)}
          {round.quorum !== null ? `, quorum ${round.quorum}` : ''}
        </dd>
      </div>
      <div className="facts__item">
        <dt>Ballots</dt>
        <dd>{round.eligibility === 'person' ? 'One per person' : 'One per organisation'}</dd>
      </div>
    </dl>
  );
}

/** Where to go from a round: its results, and the priority list once it is closed (not the page shown). */
export function RoundLinks({
  round,
  review,
  here,
}: {
  round: TVoteRound;
  review: TReviewDetail;
  here?: 'ballot' | 'results';
}) {
  const coordinator = review.viewer.role === 'coordinator';
  const links: { to: string; label: string }[] = [];
  if (here !== 'ballot' && round.me.eligible && round.state === 'open') {
    links.push({ to: `/votes/${round.id}`, label: round.me.voted ? 'Change my ballot' : 'Vote' });
  }
  // Hidden results (always so in a secret vote) are hidden from everyone until the close.
  const resultsShown = !round.resultsHidden || round.state !== 'open';
  if (here !== 'results' && round.state !== 'scheduled' && resultsShown) {
    links.push({ to: `/votes/${round.id}/results`, label: 'See the results' });
  }
  if (round.state === 'finalised')
    links.push({ to: `/votes/${round.id}/finalise`, label: 'See the priority list' });
  if (round.state === 'closed' && coordinator) {
    links.push({ to: `/votes/${round.id}/finalise`, label: 'Finalise the priority list' });
  }
  if (links.length === 0) return null;
  return (
    <ul className="inline-links inline-links--page">
      {links.map((link) => (
        <li key={link.label}>
          <Link to={link.to}>{link.label}</Link>
        </li>
      ))}
    </ul>
  );
}

function Ballot({ round, timeZone }: { round: TVoteRound; timeZone: string }) {
  const ballot = useMyBallot(round.id, { enabled: round.me.eligible && round.state !== 'scheduled' });
  if (!round.me.eligible) {
    return (
      <p className="notice" data-testid="not-a-voter">
        You are not on the list of voters of this round.
      </p>
    );
  }
  if (round.state === 'scheduled') {
    return (
      <p className="notice" data-testid="not-open">
        Voting opens on {formatInstant(round.opensAt, timeZone)} ({timeZone}). Come back then to cast your
        ballot.
      </p>
    );
  }
  return (
    <>
      {round.eligibility === 'organisation' ? (
        <p className="muted">
          One ballot per organisation: anyone of your organisation may cast or change it; the last one counts.
        </p>
      ) : null}
      <QueryGate query={ballot} loading="Loading your ballot…" errorTitle="Your ballot could not be loaded">
        {/* A new form when the round opens or closes, so it shows the ballot as it is then. */}
        {(data) => <BallotForm key={round.state} round={round} stored={data.content} timeZone={timeZone} />}
      </QueryGate>
    </>
  );
}

export function VotePage() {
  const { voteId = '' } = useParams();
  return (
    <RoundFrame voteId={voteId} title={(round) => round.title}>
      {(round, review) => (
        <>
          <RoundFacts round={round} timeZone={review.timeZone} />
          <SecretNote round={round} />
          <RoundLinks round={round} review={review} here="ballot" />
          <Ballot round={round} timeZone={review.timeZone} />
        </>
      )}
    </RoundFrame>
  );
}
