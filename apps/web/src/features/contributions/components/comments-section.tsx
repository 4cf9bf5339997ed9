import type { TComment, TContributionState } from '@gcm/domain';
import { formatInstant, localTimeZone, ZCreateCommentRequest } from '@gcm/domain';
import { type FormEvent, type RefObject, useState } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useAddComment } from '../api/add-comment';

const KIND_LABELS: Record<TComment['kind'], string> = {
  change_request: 'Changes requested',
  reopen: 'Reopened',
  note: 'Comment',
};

const ROLE_LABELS: Record<NonNullable<TComment['authorRole']>, string> = {
  coordinator: 'coordinator',
  focal_point: 'focal point',
};

/** "Name (coordinator)", or whoever it was when the author is gone. */
export function authorOf(comment: TComment): string {
  const name = comment.author?.name ?? 'A former member';
  return comment.authorRole ? `${name} (${ROLE_LABELS[comment.authorRole]})` : name;
}

/** The start of a comment, to show what a reply answers. */
function excerpt(body: string, length = 120): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

function oldestFirst(comments: readonly TComment[]): TComment[] {
  return [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The coordinator's latest request for changes (or reopening), if any. */
function latestRequest(comments: readonly TComment[]): TComment | undefined {
  return oldestFirst(comments)
    .reverse()
    .find((c) => c.kind === 'change_request' || c.kind === 'reopen');
}

/** While changes are requested, the coordinator's latest request stands above the editor. */
export function ChangeRequestBanner({
  comments,
  state,
  onAnswer,
}: {
  comments: TComment[];
  state: TContributionState;
  /** Given when the viewer may comment: "Answer the coordinator" starts a reply to the request. */
  onAnswer?: ((commentId: string) => void) | undefined;
}) {
  if (state !== 'changes_requested') return null;
  const request = latestRequest(comments);
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
          {onAnswer ? (
            <p>
              <button type="button" className="button button--secondary" onClick={() => onAnswer(request.id)}>
                Answer the coordinator
              </button>
            </p>
          ) : null}
        </>
      ) : (
        <p>Revise the text and submit it again.</p>
      )}
    </section>
  );
}

function CommentItem({
  comment,
  answered,
  onReply,
}: {
  comment: TComment;
  answered: TComment | undefined;
  onReply: ((commentId: string) => void) | undefined;
}) {
  return (
    <li id={`comment-${comment.id}`} className={`comment comment--${comment.kind}`} data-testid="comment">
      <p className="comment__meta">
        <strong>{KIND_LABELS[comment.kind]}</strong> — {authorOf(comment)},{' '}
        <time dateTime={comment.createdAt}>{formatInstant(comment.createdAt, localTimeZone())}</time>
      </p>
      {comment.replyToId ? (
        <p className="comment__answers">
          In reply to{' '}
          {answered ? (
            <a href={`#comment-${answered.id}`}>
              {answered.author?.name ?? 'a former member'}: “{excerpt(answered.body)}”
            </a>
          ) : (
            'a comment'
          )}
        </p>
      ) : null}
      <p className="pre-wrap">{comment.body}</p>
      {onReply ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onReply(comment.id)}
          aria-label={`Reply to ${authorOf(comment)}, ${formatInstant(comment.createdAt, localTimeZone())}`}
        >
          Reply
        </button>
      ) : null}
    </li>
  );
}

/** Writing a comment, or a reply to the one chosen; the text stays until it is stored. */
function CommentForm({
  assignmentId,
  answering,
  onCancelReply,
  textRef,
}: {
  assignmentId: string;
  answering: TComment | undefined;
  onCancelReply: () => void;
  textRef?: RefObject<HTMLTextAreaElement | null> | undefined;
}) {
  const add = useAddComment(assignmentId);
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZCreateCommentRequest.safeParse({
      body,
      ...(answering ? { replyTo: answering.id } : {}),
    });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    add.mutate(parsed.data, {
      onSuccess: () => {
        setBody('');
        onCancelReply();
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <form className="form comments__form" onSubmit={submit} noValidate data-testid="comment-form">
      {answering ? (
        <div className="comments__answering">
          <p>
            Replying to {authorOf(answering)}: “{excerpt(answering.body)}”
          </p>
          <button type="button" className="button button--secondary button--small" onClick={onCancelReply}>
            Cancel the reply
          </button>
        </div>
      ) : null}
      <TextAreaField
        ref={textRef}
        label={answering ? 'Your reply' : 'Add a comment'}
        hint="The other side is told by e-mail. At most 5000 characters."
        error={errorFor(errors, 'body') ?? errorFor(errors, 'replyTo')}
        rows={4}
        value={body}
        onChange={setBody}
      />
      {add.isError ? <ErrorPanel title="The comment could not be sent" error={add.error} /> : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? 'Sending…' : answering ? 'Send the reply' : 'Add the comment'}
        </button>
      </div>
    </form>
  );
}

/**
 * The conversation on a contribution, oldest first: the coordinator's requests and the focal
 * points' answers; a reply shows what it answers. Those who may comment get the form.
 */
export function CommentsSection({
  assignmentId,
  comments,
  canComment,
  replyTo,
  onReplyTo,
  textRef,
}: {
  assignmentId: string;
  comments: TComment[];
  canComment: boolean;
  /** The comment being answered, if any. */
  replyTo: string | null;
  onReplyTo: (commentId: string | null) => void;
  textRef?: RefObject<HTMLTextAreaElement | null> | undefined;
}) {
  if (comments.length === 0 && !canComment) return null;
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  return (
    <section className="card" aria-labelledby="comments-title" data-testid="comments">
      <h2 id="comments-title">Comments</h2>
      {comments.length === 0 ? (
        <p className="muted">No comments yet.</p>
      ) : (
        <ol className="comments" aria-label="Comments, oldest first">
          {oldestFirst(comments).map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              answered={comment.replyToId ? byId.get(comment.replyToId) : undefined}
              onReply={canComment ? (id) => onReplyTo(id) : undefined}
            />
          ))}
        </ol>
      )}
      {canComment ? (
        <CommentForm
          assignmentId={assignmentId}
          answering={replyTo ? byId.get(replyTo) : undefined}
          onCancelReply={() => onReplyTo(null)}
          textRef={textRef}
        />
      ) : null}
    </section>
  );
}
