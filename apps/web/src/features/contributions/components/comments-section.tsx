import type { TComment, TContributionState } from '@gcm/domain';
import { formatInstant, localTimeZone, ZCreateCommentRequest } from '@gcm/domain';
import { type FormEvent, type ReactNode, type RefObject, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useAddComment } from '../api/add-comment';

/** The screen's text in the person's language (`useT()`). */
export type Translate = ReturnType<typeof useT>;

/** "Name (coordinator)", or whoever it was when the author is gone. */
export function authorOf(comment: TComment, t: Translate): string {
  const name = comment.author?.name ?? t('contribution.comment.formerMember');
  return comment.authorRole ? t('contribution.comment.author', { name, role: comment.authorRole }) : name;
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
  const t = useT();
  const locale = useLocale();
  if (state !== 'changes_requested') return null;
  const request = latestRequest(comments);
  return (
    <section
      className="notice notice--warning"
      aria-labelledby="change-request-title"
      data-testid="change-request"
    >
      <h2 id="change-request-title">{t('contribution.changeRequest.title')}</h2>
      {request ? (
        <>
          <p className="pre-wrap">{request.body}</p>
          <p className="muted">
            {request.author
              ? t('contribution.changeRequest.byAt', {
                  name: request.author.name,
                  date: formatInstant(request.createdAt, localTimeZone(), 'dateTime', locale),
                })
              : formatInstant(request.createdAt, localTimeZone(), 'dateTime', locale)}
          </p>
          {onAnswer ? (
            <p>
              <button type="button" className="button button--secondary" onClick={() => onAnswer(request.id)}>
                {t('contribution.changeRequest.answer')}
              </button>
            </p>
          ) : null}
        </>
      ) : (
        <p>{t('contribution.changeRequest.revise')}</p>
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
  const t = useT();
  const intl = useIntl();
  const locale = useLocale();
  const at = formatInstant(comment.createdAt, localTimeZone(), 'dateTime', locale);
  const link = (chunks: ReactNode[]) => <a href={`#comment-${answered?.id}`}>{chunks}</a>;
  return (
    <li id={`comment-${comment.id}`} className={`comment comment--${comment.kind}`} data-testid="comment">
      <p className="comment__meta">
        <strong>{t('contribution.comment.kind', { kind: comment.kind })}</strong> — {authorOf(comment, t)},{' '}
        <time dateTime={comment.createdAt}>{at}</time>
      </p>
      {comment.replyToId ? (
        <p className="comment__answers">
          {answered
            ? answered.author
              ? intl.formatMessage(
                  { id: 'contribution.comment.inReplyTo' },
                  { name: answered.author.name, excerpt: excerpt(answered.body), link },
                )
              : intl.formatMessage(
                  { id: 'contribution.comment.inReplyToFormer' },
                  { excerpt: excerpt(answered.body), link },
                )
            : t('contribution.comment.inReplyToUnknown')}
        </p>
      ) : null}
      <p className="pre-wrap">{comment.body}</p>
      {onReply ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onReply(comment.id)}
          aria-label={t('contribution.comment.replyTo', { author: authorOf(comment, t), date: at })}
        >
          {t('contribution.comment.reply')}
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
  const t = useT();
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
            {t('contribution.commentForm.replyingTo', {
              author: authorOf(answering, t),
              excerpt: excerpt(answering.body),
            })}
          </p>
          <button type="button" className="button button--secondary button--small" onClick={onCancelReply}>
            {t('contribution.commentForm.cancelReply')}
          </button>
        </div>
      ) : null}
      <TextAreaField
        ref={textRef}
        label={
          answering ? t('contribution.commentForm.replyLabel') : t('contribution.commentForm.commentLabel')
        }
        hint={t('contribution.commentForm.hint')}
        error={errorFor(errors, 'body') ?? errorFor(errors, 'replyTo')}
        rows={4}
        value={body}
        onChange={setBody}
      />
      {add.isError ? <ErrorPanel title={t('contribution.commentForm.failed')} error={add.error} /> : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending
            ? t('contribution.sending')
            : answering
              ? t('contribution.commentForm.sendReply')
              : t('contribution.commentForm.addComment')}
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
  const t = useT();
  if (comments.length === 0 && !canComment) return null;
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  return (
    <section className="card" aria-labelledby="comments-title" data-testid="comments">
      <h2 id="comments-title">{t('contribution.comments.title')}</h2>
      {comments.length === 0 ? (
        <p className="muted">{t('contribution.comments.none')}</p>
      ) : (
        <ol className="comments" aria-label={t('contribution.comments.list')}>
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
