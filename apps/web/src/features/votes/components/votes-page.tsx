import type { TReviewDetail, TVoteRound, TVoteRoundState } from '@gcm/domain';
import { formatInstant } from '@gcm/domain';
import { Link, useParams } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { QueryGate } from '../../../components/ui/query-gate';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { useReviewVotes } from '../../../lib/api/get-review-votes';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { priorityQuestion } from '../../../lib/question-info';
import { NewVoteForm } from './new-vote-form';
import type { Translate } from './use-objective-names';
import { turnoutText, VoteStateBadge, voteMethodLabel } from './vote-labels';

const STATE_ORDER: Record<TVoteRoundState, number> = { finalised: 0, open: 1, scheduled: 2, closed: 3 };

/** The finalised round (question 7's answer) first, then open, scheduled and closed ones, latest first. */
export function sortRounds(rounds: readonly TVoteRound[]): TVoteRound[] {
  return [...rounds].sort(
    (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.closesAt.localeCompare(a.closesAt),
  );
}

function myStatus(t: Translate, round: TVoteRound): string {
  if (!round.me.eligible) return t('votes.me.notVoter');
  if (round.me.voted) return t('votes.me.voted');
  if (round.state === 'open') return t('votes.me.notYet');
  return round.state === 'scheduled' ? t('votes.me.notOpen') : t('votes.me.didNot');
}

function RoundRow({ round, timeZone }: { round: TVoteRound; timeZone: string }) {
  const t = useT();
  const locale = useLocale();
  const links: { to: string; label: string }[] = [];
  if (round.state === 'open' && round.me.eligible) {
    links.push({
      to: `/votes/${round.id}`,
      label: round.me.voted ? t('votes.link.changeBallot') : t('votes.link.vote'),
    });
  }
  if (round.state !== 'scheduled')
    links.push({ to: `/votes/${round.id}/results`, label: t('votes.list.results') });
  if (round.state === 'finalised')
    links.push({ to: `/votes/${round.id}/finalise`, label: t('votes.list.priorityList') });
  return (
    <tr data-testid="vote-row">
      <th scope="row" data-label={t('votes.col.vote')}>
        <Link to={`/votes/${round.id}`}>{round.title}</Link>
        {round.secret ? <span className="muted block">{t('votes.list.secret')}</span> : null}
      </th>
      <td data-label={t('votes.facts.method')}>{voteMethodLabel(t, round.method)}</td>
      <td data-label={t('votes.facts.state')}>
        <VoteStateBadge state={round.state} />
      </td>
      <td data-label={t('votes.col.voting')}>
        <time dateTime={round.opensAt}>{formatInstant(round.opensAt, timeZone, 'dateTime', locale)}</time>
        {' – '}
        <time dateTime={round.closesAt}>{formatInstant(round.closesAt, timeZone, 'dateTime', locale)}</time>
      </td>
      <td data-label={t('votes.facts.turnout')} data-testid="vote-turnout">
        {turnoutText(t, round.turnout)}
      </td>
      <td data-label={t('votes.col.you')}>{myStatus(t, round)}</td>
      <td data-label={t('votes.col.open')}>
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
  const t = useT();
  const reviewVotes = useReviewVotes(review.id);
  const answered = priorityQuestion(review);
  return (
    <>
      <p className="page__lead">
        {answered ? t('votes.list.leadAnswer', { code: answered.code }) : t('votes.list.lead')}
      </p>
      <section className="card" aria-labelledby="votes-title">
        <h2 id="votes-title">{t('votes.list.rounds')}</h2>
        <QueryGate
          query={reviewVotes}
          loading={t('votes.list.loading')}
          errorTitle={t('votes.list.error')}
          isEmpty={(data) => data.rounds.length === 0}
          empty={t('votes.list.empty')}
        >
          {(data) => (
            <DataTable
              caption={t('votes.list.caption', { timeZone: review.timeZone })}
              columns={[
                t('votes.col.vote'),
                t('votes.facts.method'),
                t('votes.facts.state'),
                t('votes.facts.voting', { timeZone: review.timeZone }),
                t('votes.facts.turnout'),
                t('votes.col.you'),
                { hidden: t('votes.col.links') },
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
  const t = useT();
  const { reviewId = '' } = useParams();
  return (
    <ReviewFrame reviewId={reviewId} title={t('votes.list.pageTitle')}>
      {(review) => <Votes review={review} />}
    </ReviewFrame>
  );
}
