import type { TComment, TContributionState } from '@gcm/domain';
import { formatInstant, localTimeZone } from '@gcm/domain';

const KIND_LABELS: Record<TComment['kind'], string> = {
  change_request: 'Changes requested',
  reopen: 'Reopened',
  note: 'Note',
};

function newestFirst(comments: readonly TComment[]): TComment[] {
  return [...comments].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** While changes are requested, the coordinator's latest request stands above the editor. */
export function ChangeRequestBanner({
  comments,
  state,
}: {
  comments: TComment[];
  state: TContributionState;
}) {
  if (state !== 'changes_requested') return null;
  const request = newestFirst(comments).find((c) => c.kind === 'change_request' || c.kind === 'reopen');
  return (
    <section
      className="notice notice--warning"
      aria-labelledby="change-request-title"
      data-testid="change-request"
    >
      <h2 id="change-request-title">The coordinator asked for changes</h2>
      {request ? (
        <>
          <p className="pre-wrap">{request.body}</p>
          <p className="muted">
            {request.author ? `${request.author.name}, ` : ''}
            {formatInstant(request.createdAt, localTimeZone())}
          </p>
        </>
      ) : (
        <p>Revise the text and submit it again.</p>
      )}
    </section>
  );
}

export function CommentsSection({ comments }: { comments: TComment[] }) {
  if (comments.length === 0) return null;
  return (
    <section className="card" aria-labelledby="comments-title">
      <h2 id="comments-title">Comments from the coordinator</h2>
      <ol className="comments">
        {newestFirst(comments).map((comment) => (
          <li key={comment.id} className={`comment comment--${comment.kind}`}>
            <p className="comment__meta">
              <strong>{KIND_LABELS[comment.kind]}</strong>
              {comment.author ? ` — ${comment.author.name}` : ''},{' '}
              {formatInstant(comment.createdAt, localTimeZone())}
            </p>
            <p className="pre-wrap">{comment.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
