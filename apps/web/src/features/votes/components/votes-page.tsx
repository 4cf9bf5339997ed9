import type { TReviewDetail, TVoteRound, TVoteRoundState } from '@gcm/domain';
import { formatInstant } from '@gcm/domain';
import { Link, useParams } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { QueryGate } from '../../../components/ui/query-gate';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { useReviewVotes } from '../../../lib/api/get-review-votes';
import { useT } from '../../../lib/i18n/use-t';
import { priorityQuestion } from '../../../lib/question-info';
import { NewVoteForm } from './new-vote-form';
import { turnoutText, VoteStateBadge, voteMethodLabel } from './vote-labels';

const STATE_ORDER: Record<TVoteRoundState, number> = { finalised: 0, open: 1, scheduled: 2, closed: 3 };

/** The finalised round (question 7's answer) first, then open, scheduled and closed ones, latest first. */
export function sortRounds(rounds: readonly TVoteRound[]): TVoteRound[] {
  return [...rounds].sort(
    (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.closesAt.localeCompare(a.closesAt),
  );
}

function myStatus(round: TVoteRound): string {
  if (!round.me.eligible) return 'Not a voter';
  if (round.me.voted) return 'You voted';
  if (round.state === 'open') return 'You have not voted yet';
  return round.state === 'scheduled' ? 'Not open yet' : 'You did not vote';
}

function RoundRow({ round, timeZone }: { round: TVoteRound; timeZone: string }) {
  const t = useT();
  const links: { to: string; label: string }[] = [];
  if (round.state === 'open' && round.me.eligible) {
    links.push({ to: `/votes/${round.id}`, label: round.me.voted ? 'Change my ballot' : 'Vote' });
  }
  if (round.state !== 'scheduled') links.push({ to: `/votes/${round.id}/results`, label: 'Results' });
  if (round.state === 'finalised') links.push({ to: `/votes/${round.id}/finalise`, label: 'Priority list' });
  return (
    <tr data-testid="vote-row">
      <th scope="row" data-label="Vote">
        <Link to={`/votes/${round.id}`}>{round.title}</Link>
        {round.secret ? <span className="muted block">Secret</span> : null}
      </th>
      <td data-label="Method">{voteMethodLabel(t, round.method)}</td>
      <td data-label="State">
        <VoteStateBadge state={round.state} />
      </td>
      <td data-label="Voting">
        <time dateTime={round.opensAt}>{formatInstant(round.opensAt, timeZone)}</time>
        {' – '}
        <time dateTime={round.closesAt}>{formatInstant(round.closesAt, timeZone)}</time>
      </td>
      <td data-label="Turnout" data-testid="vote-turnout">
        {turnoutText(t, round.turnout)}
      </td>
      <td data-label="You">{myStatus(round)}</td>
      <td data-label="Open">
        <ul className="inline-links">
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>
                {link.label}
                <span className="visually-hidden"> — {round.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}

function Votes({ review }: { review: TReviewDetail }) {
  const reviewVotes = useReviewVotes(review.id);
  const answered = priorityQuestion(review);
  return (
    <>
      <p className="page__lead">
        Prioritisation rounds over the 23 GCM objectives. The coordinator turns the result of a round into the
        priority list
        {answered ? ` that answers question ${answered.code}` : ' of the review'}.
      </p>
      <section className="card" aria-labelledby="votes-title">
        <h2 id="votes-title">Rounds</h2>
        <QueryGate
          query={reviewVotes}
          loading="Loading votes…"
          errorTitle="The votes could not be loaded"
          isEmpty={(data) => data.rounds.length === 0}
          empty="No vote yet."
        >
          {(data) => (
            <DataTable
              caption={`Votes of the review, times in ${review.timeZone}`}
              columns={[
                'Vote',
                'Method',
                'State',
                `Voting (${review.timeZone})`,
                'Turnout',
                'You',
                { hidden: 'Links' },
              ]}
              stack
              testId="votes"
            >
              {sortRounds(data.rounds).map((round) => (
                <RoundRow key={round.id} round={round} timeZone={review.timeZone} />
              ))}
            </DataTable>
          )}
        </QueryGate>
      </section>
      {review.viewer.role === 'coordinator' ? <NewVoteForm review={review} /> : null}
    </>
  );
}

export function VotesPage() {
  const { reviewId = '' } = useParams();
  return (
    <ReviewFrame reviewId={reviewId} title="Votes">
      {(review) => <Votes review={review} />}
    </ReviewFrame>
  );
}
