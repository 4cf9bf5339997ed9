import type { TComment, TRevision } from '@gcm/domain';
import { formatInstant, localTimeZone } from '@gcm/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormattedText } from '../../../components/ui/formatted-text';
import { QueryGate } from '../../../components/ui/query-gate';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useContribution } from '../api/get-contribution';
import { useRevisions } from '../api/get-revisions';
import { authorOf } from './comments-section';
import { ReferencesList } from './references-editor';

type HistoryEntry = { at: string; revision: TRevision } | { at: string; comment: TComment };

/** Saved versions and comments in one list, newest first. */
function historyOf(revisions: readonly TRevision[], comments: readonly TComment[]): HistoryEntry[] {
  return [
    ...revisions.map((revision) => ({ at: revision.createdAt, revision })),
    ...comments.map((comment) => ({ at: comment.createdAt, comment })),
  ].sort((a, b) => b.at.localeCompare(a.at));
}

function CommentEntry({ comment, answered }: { comment: TComment; answered: TComment | undefined }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="history__comment" data-testid="history-comment">
      <strong>
        {comment.replyToId
          ? t('contribution.history.reply')
          : t('contribution.comment.kind', { kind: comment.kind })}
      </strong>
      <span>{authorOf(comment, t)}</span>
      <span className="muted">{formatInstant(comment.createdAt, localTimeZone(), 'dateTime', locale)}</span>
      {comment.replyToId ? (
        <span className="muted">
          {answered
            ? t('contribution.history.inReplyTo', { author: authorOf(answered, t) })
            : t('contribution.history.inReplyToUnknown')}
        </span>
      ) : null}
      <p className="pre-wrap">{comment.body}</p>
    </div>
  );
}

function RevisionView({ revision }: { revision: TRevision }) {
  const t = useT();
  const locale = useLocale();
  const date = formatInstant(revision.createdAt, localTimeZone(), 'dateTime', locale);
  return (
    <section className="card" aria-labelledby="revision-title" data-testid="revision-text">
      <h2 id="revision-title">
        {t('contribution.history.version', { version: revision.version })}
        <span className="muted">
          {' '}
          {revision.author
            ? t('contribution.history.versionFacts', {
                name: revision.author.name,
                date,
                count: revision.wordCount,
              })
            : t('contribution.history.versionFactsUnknown', { date, count: revision.wordCount })}
        </span>
      </h2>
      <FormattedText text={revision.body} emptyText={t('contribution.history.emptyVersion')} />
      <ReferencesList references={revision.references} />
    </section>
  );
}

export function HistoryPage() {
  const { assignmentId = '' } = useParams();
  const contribution = useContribution(assignmentId);
  const revisions = useRevisions(assignmentId);
  const [selected, setSelected] = useState<number | null>(null);
  const t = useT();
  const locale = useLocale();
  const question = contribution.data?.assignment.question;
  const comments = contribution.data?.comments ?? [];

  return (
    <div className="page">
      <title>{`${question ? t('contribution.history.pageTitleOf', { code: question.code }) : t('contribution.history.pageTitle')} — ${t('shell.brand')}`}</title>
      <p className="back-link">
        <Link to={`/assignments/${assignmentId}`}>{t('contribution.history.back')}</Link>
      </p>
      <h1>
        {question
          ? t('contribution.history.titleOf', { code: question.code })
          : t('contribution.history.title')}
      </h1>
      <p className="muted">{t('contribution.history.lead')}</p>
      {contribution.data ? (
        <p className="page__lead">
          {contribution.data.assignment.organisation.name} · {contribution.data.assignment.reviewTitle}
        </p>
      ) : null}
      <QueryGate
        query={revisions}
        loading={t('contribution.history.loading')}
        errorTitle={t('contribution.history.error')}
        isEmpty={(data) => data.revisions.length === 0 && comments.length === 0}
        empty={t('contribution.history.empty')}
      >
        {(data) => {
          const entries = historyOf(data.revisions, comments);
          const byId = new Map(comments.map((comment) => [comment.id, comment]));
          const shown = data.revisions.find((revision) => revision.version === selected);
          return (
            <div className="history">
              <ol className="history__list" aria-label={t('contribution.history.list')}>
                {entries.map((entry) =>
                  'revision' in entry ? (
                    <li key={`v${entry.revision.version}`}>
                      <button
                        type="button"
                        className="history__item"
                        aria-pressed={entry.revision.version === selected}
                        onClick={() => setSelected(entry.revision.version)}
                        data-testid="revision"
                      >
                        <strong>
                          {t('contribution.history.version', { version: entry.revision.version })}
                        </strong>
                        <span>{entry.revision.author?.name ?? t('contribution.history.unknownAuthor')}</span>
                        <span className="muted">
                          {t('contribution.history.entryFacts', {
                            date: formatInstant(
                              entry.revision.createdAt,
                              localTimeZone(),
                              'dateTime',
                              locale,
                            ),
                            count: entry.revision.wordCount,
                          })}
                        </span>
                      </button>
                    </li>
                  ) : (
                    <li key={`c${entry.comment.id}`}>
                      <CommentEntry
                        comment={entry.comment}
                        answered={entry.comment.replyToId ? byId.get(entry.comment.replyToId) : undefined}
                      />
                    </li>
                  ),
                )}
              </ol>
              {shown ? (
                <RevisionView revision={shown} />
              ) : (
                <p className="muted">{t('contribution.history.choose')}</p>
              )}
            </div>
          );
        }}
      </QueryGate>
    </div>
  );
}
