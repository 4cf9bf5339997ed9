import type { TReviewDetail, TVoteRound } from '@gcm/domain';
import { formatInstant } from '@gcm/domain';
import { FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router';
import { QueryGate } from '../../../components/ui/query-gate';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useMyBallot } from '../api/get-my-ballot';
import { BallotForm } from './ballot-form';
import { RoundFrame } from './round-frame';
import { rulesText, turnoutText, VoteStateBadge, voteMethodLabel } from './vote-labels';

export function SecretNote({ round }: { round: TVoteRound }) {
  const t = useT();
  if (!round.secret) return null;
  return (
    <p className="notice" data-testid="secret-note">
      <strong>{t('votes.secret.title')}</strong> {t('votes.secret.body')}
    </p>
  );
}

export function RoundFacts({ round, timeZone }: { round: TVoteRound; timeZone: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <dl className="facts" data-testid="round-facts">
      <div className="facts__item">
        <dt>{t('votes.facts.state')}</dt>
        <dd>
          <VoteStateBadge state={round.state} />
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('votes.facts.method')}</dt>
        <dd>
          {t('votes.facts.methodRules', {
            method: voteMethodLabel(t, round.method),
            rules: rulesText(t, round.rules),
          })}
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('votes.facts.voting', { timeZone })}</dt>
        <dd>
          <time dateTime={round.opensAt}>{formatInstant(round.opensAt, timeZone, 'dateTime', locale)}</time>
          {' – '}
          <time dateTime={round.closesAt}>{formatInstant(round.closesAt, timeZone, 'dateTime', locale)}</time>
          {round.closedEarlyAt ? (
            <span className="block" data-testid="closed-early">
              <FormattedMessage
                id="votes.facts.closedEarly"
                values={{
                  date: (
                    <time dateTime={round.closedEarlyAt}>
                      {formatInstant(round.closedEarlyAt, timeZone, 'dateTime', locale)}
                    </time>
                  ),
                }}
              />
            </span>
          ) : null}
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('votes.facts.turnout')}</dt>
        <dd>
          {round.quorum === null
            ? turnoutText(t, round.turnout)
            : t('votes.turnoutWithQuorum', {
                ballots: round.turnout.ballots,
                eligible: round.turnout.eligible,
                quorum: round.quorum,
              })}
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('votes.facts.ballots')}</dt>
        <dd>
          {round.eligibility === 'person' ? t('votes.facts.perPerson') : t('votes.facts.perOrganisation')}
        </dd>
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
  const t = useT();
  const coordinator = review.viewer.role === 'coordinator';
  const links: { to: string; label: string }[] = [];
  if (here !== 'ballot' && round.me.eligible && round.state === 'open') {
    links.push({
      to: `/votes/${round.id}`,
      label: round.me.voted ? t('votes.link.changeBallot') : t('votes.link.vote'),
    });
  }
  // Hidden results (always so in a secret vote) are hidden from everyone until the close.
  const resultsShown = !round.resultsHidden || round.state !== 'open';
  if (here !== 'results' && round.state !== 'scheduled' && resultsShown) {
    links.push({ to: `/votes/${round.id}/results`, label: t('votes.link.results') });
  }
  if (round.state === 'finalised')
    links.push({ to: `/votes/${round.id}/finalise`, label: t('votes.link.priorityList') });
  if (round.state === 'closed' && coordinator) {
    links.push({ to: `/votes/${round.id}/finalise`, label: t('votes.link.finalise') });
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
  const t = useT();
  const locale = useLocale();
  const ballot = useMyBallot(round.id, { enabled: round.me.eligible && round.state !== 'scheduled' });
  if (!round.me.eligible) {
    return (
      <p className="notice" data-testid="not-a-voter">
        {t('votes.ballot.notAVoter')}
      </p>
    );
  }
  if (round.state === 'scheduled') {
    return (
      <p className="notice" data-testid="not-open">
        {t('votes.ballot.notOpen', {
          date: formatInstant(round.opensAt, timeZone, 'dateTime', locale),
          timeZone,
        })}
      </p>
    );
  }
  return (
    <>
      {round.eligibility === 'organisation' ? (
        <p className="muted">{t('votes.ballot.perOrganisation')}</p>
      ) : null}
      <QueryGate query={ballot} loading={t('votes.ballot.loading')} errorTitle={t('votes.ballot.loadError')}>
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
