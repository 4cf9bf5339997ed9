import { formatInstant, localTimeZone, type TMembershipRef, type TVoteRound } from '@gcm/domain';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Loading } from '../../../components/ui/spinner';
import { reviewVotesQueryOptions } from '../../../lib/api/get-review-votes';
import { useSession } from '../../../lib/api/get-session';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';

interface OpenVote {
  round: TVoteRound;
  reviewTitle: string;
}

/** The rounds open now in which I may vote, the one closing first first. */
export function openVotesOf(
  memberships: readonly TMembershipRef[],
  roundsByReview: readonly (readonly TVoteRound[] | undefined)[],
): OpenVote[] {
  return memberships
    .flatMap((membership, index) =>
      (roundsByReview[index] ?? [])
        .filter((round) => round.state === 'open' && round.me.eligible)
        .map((round) => ({ round, reviewTitle: membership.reviewTitle })),
    )
    .sort((a, b) => a.round.closesAt.localeCompare(b.round.closesAt));
}

function OpenVoteRow({ vote: { round, reviewTitle } }: { vote: OpenVote }) {
  const t = useT();
  const locale = useLocale();
  const action = round.me.voted ? t('votes.link.changeBallot') : t('votes.link.vote');
  return (
    <tr data-testid="open-vote">
      <th scope="row" data-label={t('votes.col.vote')}>
        {round.title}
      </th>
      <td data-label={t('votes.col.review')}>
        <Link to={`/reviews/${round.reviewId}`}>{reviewTitle}</Link>
      </td>
      <td data-label={t('votes.col.closes')}>
        <time dateTime={round.closesAt}>
          {formatInstant(round.closesAt, localTimeZone(), 'dateTime', locale)}
        </time>
      </td>
      <td data-label={t('votes.col.you')}>{round.me.voted ? t('votes.me.voted') : t('votes.me.notYet')}</td>
      <td data-label="">
        <Link className="button button--link" to={`/votes/${round.id}`}>
          {action}
          <span className="visually-hidden"> — {round.title}</span>
        </Link>
      </td>
    </tr>
  );
}

/**
 * The votes open to me in every review I take part in (one request per review: the API lists votes by
 * review), on the page a focal point or stakeholder lands on.
 */
export function MyOpenVotes() {
  // Rendered inside RequireSession, which has loaded the session already.
  const t = useT();
  const { data: person } = useSession({ enabled: false });
  const memberships = person?.memberships ?? [];
  const results = useQueries({
    queries: memberships.map((membership) => reviewVotesQueryOptions(membership.reviewId)),
  });
  if (memberships.length === 0) return null;
  const failed = results.find((result) => result.isError);
  const open = openVotesOf(
    memberships,
    results.map((result) => result.data?.rounds),
  );
  return (
    <section className="card" aria-labelledby="open-votes-title" data-testid="open-votes">
      <h2 id="open-votes-title">{t('votes.open.title')}</h2>
      {failed ? (
        <ErrorPanel
          title={t('votes.open.error')}
          error={failed.error}
          onRetry={() => void Promise.all(results.map((result) => result.refetch()))}
          retrying={results.some((result) => result.isFetching)}
        />
      ) : null}
      {results.some((result) => result.isPending) ? (
        <Loading label={t('votes.open.loading')} />
      ) : open.length === 0 ? (
        <p className="muted">{t('votes.open.none')}</p>
      ) : (
        <DataTable
          caption={t('votes.open.caption')}
          columns={[
            t('votes.col.vote'),
            t('votes.col.review'),
            t('votes.col.closes'),
            t('votes.col.you'),
            { hidden: t('votes.col.ballot') },
          ]}
          framed
        >
          {open.map((vote) => (
            <OpenVoteRow key={vote.round.id} vote={vote} />
          ))}
        </DataTable>
      )}
    </section>
  );
}
