import type { TComment, TRevision } from '@gcm/domain';
import { formatInstant, localTimeZone } from '@gcm/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormattedText } from '../../../components/ui/formatted-text';
import { QueryGate } from '../../../components/ui/query-gate';
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

const COMMENT_HEADINGS: Record<TComment['kind'], string> = {
  change_request: 'Changes requested',
  reopen: 'Reopened',
  note: 'Comment',
};

function CommentEntry({ comment, answered }: { comment: TComment; answered: TComment | undefined }) {
  return (
    <div className="history__comment" data-testid="history-comment">
      <strong>{comment.replyToId ? 'Reply' : COMMENT_HEADINGS[comment.kind]}</strong>
      <span>{authorOf(comment)}</span>
      <span className="muted">{formatInstant(comment.createdAt, localTimeZone())}</span>
      {comment.replyToId ? (
        <span className="muted">In reply to {answered ? authorOf(answered) : 'a comment'}</span>
      ) : null}
      <p className="pre-wrap">{comment.body}</p>
    </div>
  );
}

function RevisionView({ revision }: { revision: TRevision }) {
  return (
    <section className="card" aria-labelledby="revision-title" data-testid="revision-text">
      <h2 id="revision-title">
        Version {revision.version}
        <span className="muted">
          {' '}
          — {revision.author?.name ?? 'unknown'}, {formatInstant(revision.createdAt, localTimeZone())},{' '}
          {revision.wordCount} words
        </span>
      </h2>
      <FormattedText text={revision.body} emptyText="This version was empty." />
      <ReferencesList references={revision.references} />
    </section>
  );
}

export function HistoryPage() {
  const { assignmentId = '' } = useParams();
  const contribution = useContribution(assignmentId);
  const revisions = useRevisions(assignmentId);
  const [selected, setSelected] = useState<number | null>(null);
  const question = contribution.data?.assignment.question;
  const comments = contribution.data?.comments ?? [];

  return (
    <div className="page">
      <title>{`History${question ? ` of question ${question.code}` : ''} — GCM Review Tracker`}</title>
      <p className="back-link">
        <Link to={`/assignments/${assignmentId}`}>← Back to the answer</Link>
      </p>
      <h1>Revision history{question ? ` — question ${question.code}` : ''}</h1>
      <p className="muted">The saved versions and the comments on them, newest first.</p>
      {contribution.data ? (
        <p className="page__lead">
          {contribution.data.assignment.organisation.name} · {contribution.data.assignment.reviewTitle}
        </p>
      ) : null}
      <QueryGate
        query={revisions}
        loading="Loading the history…"
        errorTitle="The history could not be loaded"
        isEmpty={(data) => data.revisions.length === 0 && comments.length === 0}
        empty="Nothing has been saved or commented yet."
      >
        {(data) => {
          const entries = historyOf(data.revisions, comments);
          const byId = new Map(comments.map((comment) => [comment.id, comment]));
          const shown = data.revisions.find((revision) => revision.version === selected);
          return (
            <div className="history">
              <ol className="history__list" aria-label="Saved versions and comments, newest first">
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
                        <strong>Version {entry.revision.version}</strong>
                        <span>{entry.revision.author?.name ?? 'Unknown author'}</span>
                        <span className="muted">
                          {formatInstant(entry.revision.createdAt, localTimeZone())} ·{' '}
                          {entry.revision.wordCount} words
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
                <p className="muted">Choose a version to read its text.</p>
              )}
            </div>
          );
        }}
      </QueryGate>
    </div>
  );
}
