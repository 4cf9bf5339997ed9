import {
  requiresComment,
  type TContributionAction,
  type TTransitionRequest,
  ZTransitionRequest,
} from '@gcm/domain';
import { useState } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { isApiError } from '../../../lib/api-client';
import type { MessageId } from '../../../lib/i18n/use-t';
import { useT } from '../../../lib/i18n/use-t';

type WorkflowAction = Exclude<TContributionAction, 'save'>;

const ACTION_LABELS: Record<WorkflowAction, MessageId> = {
  start: 'contribution.action.start',
  submit: 'contribution.action.submit',
  request_changes: 'contribution.action.requestChanges',
  accept: 'contribution.action.accept',
  reopen: 'contribution.action.reopen',
};

const COMMENT_LABELS: Partial<Record<WorkflowAction, { label: MessageId; confirm: MessageId }>> = {
  request_changes: {
    label: 'contribution.action.requestChanges.prompt',
    confirm: 'contribution.action.requestChanges.confirm',
  },
  reopen: { label: 'contribution.action.reopen.prompt', confirm: 'contribution.action.reopen.confirm' },
};

interface ContributionActionsProps {
  allowedActions: readonly TContributionAction[];
  /** Runs the action (after saving pending text); resolves false when it did not happen. */
  onAction: (request: Omit<TTransitionRequest, 'version'>) => Promise<boolean>;
  pending: boolean;
  error: unknown;
}

/** The buttons of the workflow that the server says the signed-in person may use now. */
export function ContributionActions({ allowedActions, onAction, pending, error }: ContributionActionsProps) {
  const t = useT();
  const [asking, setAsking] = useState<WorkflowAction | null>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const actions = allowedActions.filter((action): action is WorkflowAction => action !== 'save');

  if (actions.length === 0 && !error) return null;

  async function run(action: WorkflowAction) {
    if (requiresComment(action) && asking !== action) {
      setAsking(action);
      setComment('');
      setCommentError(undefined);
      return;
    }
    const request = { action, ...(requiresComment(action) ? { comment } : {}) };
    if (requiresComment(action)) {
      const checked = ZTransitionRequest.shape.comment.safeParse(comment);
      if (comment.trim() === '') {
        setCommentError(t('contribution.actions.commentRequired'));
        return;
      }
      if (!checked.success) {
        setCommentError(checked.error.issues[0]?.message ?? t('contribution.actions.commentInvalid'));
        return;
      }
    }
    setCommentError(undefined);
    const done = await onAction(request);
    if (done) setAsking(null);
  }

  const prompt = asking ? COMMENT_LABELS[asking] : undefined;
  return (
    <section className="card actions" aria-labelledby="actions-title" data-testid="contribution-actions">
      <h2 id="actions-title">{t('contribution.actions.title')}</h2>
      {asking && prompt ? (
        <div className="actions__comment">
          <TextAreaField
            label={t(prompt.label)}
            error={commentError}
            rows={4}
            value={comment}
            onChange={setComment}
          />
          <div className="form__actions">
            <button type="button" className="button" disabled={pending} onClick={() => void run(asking)}>
              {pending ? t('contribution.sending') : t(prompt.confirm)}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setAsking(null)}>
              {t('contribution.actions.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="form__actions">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={`button${action === 'request_changes' || action === 'reopen' ? ' button--secondary' : ''}`}
              disabled={pending}
              onClick={() => void run(action)}
            >
              {t(ACTION_LABELS[action])}
            </button>
          ))}
        </div>
      )}
      {error ? (
        <ErrorPanel
          title={
            isApiError(error) && error.status === 409
              ? t('contribution.actions.conflict')
              : t('contribution.actions.failed')
          }
          error={error}
        />
      ) : null}
    </section>
  );
}
