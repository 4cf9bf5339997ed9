import type { TContribution, TTransitionRequest } from '@gcm/domain';
import { formatCalendarDate, formatInstant, localTimeZone } from '@gcm/domain';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { FormattedText } from '../../../components/ui/formatted-text';
import { DraftFields, LeaveGuard } from '../../../components/ui/leave-guard';
import { SaveBar } from '../../../components/ui/save-bar';
import { Loading } from '../../../components/ui/spinner';
import { ContributionStateBadge, DeadlineBadge } from '../../../components/ui/status-badge';
import { TextLanguageField, TextLanguageNote } from '../../../components/ui/text-language-field';
import { WordCount } from '../../../components/ui/word-count';
import { isApiError } from '../../../lib/api-client';
import { errorFor } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { queryKeys } from '../../../lib/query-keys';
import { useQuestionGuidance } from '../../../lib/question-info';
import { useContribution } from '../api/get-contribution';
import { useTransitionContribution } from '../api/transition-contribution';
import { useContributionDraft } from '../hooks/use-contribution-draft';
import { AttachmentsSection } from './attachments-section';
import { ChangeRequestBanner, CommentsSection } from './comments-section';
import { ConflictPanel } from './conflict-panel';
import { ContributionActions } from './contribution-actions';
import { ReferencesEditor, ReferencesList } from './references-editor';

type Draft = ReturnType<typeof useContributionDraft>;

function ContributionHeader({ contribution }: { contribution: TContribution }) {
  const { assignment } = contribution;
  const guidance = useQuestionGuidance(assignment.reviewId, assignment.question.code);
  const t = useT();
  const locale = useLocale();
  return (
    <header className="editor__header">
      <p className="back-link">
        <Link to={`/reviews/${assignment.reviewId}`}>{t('ui.back', { title: assignment.reviewTitle })}</Link>
        {' · '}
        <Link to="/my/assignments">{t('contribution.header.myAssignments')}</Link>
      </p>
      <h1>{t('contribution.header.question', { code: assignment.question.code })}</h1>
      {/* The questionnaire's own words, in its language (WCAG 3.1.2: the language of parts). */}
      <p className="editor__prompt" lang={contribution.templateLanguage}>
        {assignment.question.prompt}
      </p>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('contribution.header.organisation')}</dt>
          <dd>
            {t('contribution.header.organisationRole', {
              organisation: assignment.organisation.name,
              role: assignment.role,
            })}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t('contribution.header.due')}</dt>
          <dd>
            <time dateTime={assignment.dueDate}>
              {formatCalendarDate(assignment.dueDate, 'long', locale)}
            </time>{' '}
            <DeadlineBadge status={assignment.deadlineStatus} />
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t('contribution.header.state')}</dt>
          <dd>
            <ContributionStateBadge state={assignment.state} />
          </dd>
        </div>
        {assignment.focalPoints.length > 0 ? (
          <div className="facts__item">
            <dt>{t('contribution.header.focalPoints')}</dt>
            <dd>{assignment.focalPoints.map((person) => person.name).join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      {guidance.text ? (
        <details className="guidance">
          <summary>{t('contribution.header.guidance', { count: guidance.targetWords })}</summary>
          <p>{guidance.text}</p>
        </details>
      ) : null}
    </header>
  );
}

function TextEditor({ draft, target, language }: { draft: Draft; target: number; language: string }) {
  const id = useId();
  const error = errorFor(draft.fieldErrors, 'body');
  const t = useT();
  return (
    <div className="editor__text">
      <label className="field__label" htmlFor={`${id}-body`}>
        {t('contribution.editor.label')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('contribution.editor.hint')}
      </p>
      <textarea
        id={`${id}-body`}
        className="input editor__textarea"
        rows={18}
        value={draft.body}
        lang={language}
        aria-describedby={`${id}-hint ${id}-count${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => draft.setBody(event.target.value)}
      />
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <WordCount text={draft.body} target={target} id={`${id}-count`} />
    </div>
  );
}

/** Panels other features add under the editor (composed in app/routes.tsx). */
export type AssignmentPanels = (assignment: TContribution['assignment']) => ReactNode;

function ContributionEditor({
  assignmentId,
  initial,
  panels,
}: {
  assignmentId: string;
  initial: TContribution;
  panels?: AssignmentPanels;
}) {
  const queryClient = useQueryClient();
  const t = useT();
  const locale = useLocale();
  const { data } = useContribution(assignmentId);
  const contribution = data ?? initial;
  const { canEdit } = contribution;
  const draft = useContributionDraft(assignmentId, initial, canEdit);
  const transition = useTransitionContribution(assignmentId);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const commentText = useRef<HTMLTextAreaElement>(null);
  const target = useQuestionGuidance(
    contribution.assignment.reviewId,
    contribution.assignment.question.code,
  ).targetWords;

  /** Starts a reply to a comment and takes the person to the text box. */
  function answer(commentId: string | null) {
    setReplyTo(commentId);
    if (commentId) requestAnimationFrame(() => commentText.current?.focus());
  }

  async function act(request: Omit<TTransitionRequest, 'version'>): Promise<boolean> {
    let latest =
      queryClient.getQueryData<TContribution>(queryKeys.contribution(assignmentId)) ?? contribution;
    if (canEdit && draft.dirty) {
      const saved = await draft.save();
      if (!saved) return false;
      latest = saved;
    }
    try {
      const result = await transition.mutateAsync({ ...request, version: latest.assignment.version });
      draft.follow(result);
      return true;
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        await queryClient.invalidateQueries({ queryKey: queryKeys.contribution(assignmentId) });
      }
      return false;
    }
  }

  return (
    <div className="page editor">
      {canEdit ? <LeaveGuard draft={draft} /> : null}
      <title>{`${t('contribution.header.question', { code: contribution.assignment.question.code })} — ${contribution.assignment.reviewTitle} — ${t('shell.brand')}`}</title>
      <ContributionHeader contribution={contribution} />
      <ChangeRequestBanner
        comments={contribution.comments}
        state={contribution.assignment.state}
        onAnswer={contribution.canComment ? answer : undefined}
      />
      <ContributionActions
        allowedActions={contribution.allowedActions}
        onAction={act}
        pending={transition.isPending || draft.status === 'saving'}
        error={transition.error}
      />
      <section className="card" aria-labelledby="answer-title">
        <div className="editor__bar">
          <h2 id="answer-title">{t('contribution.answer.title')}</h2>
          {canEdit ? <SaveBar draft={draft} label={t('contribution.answer.saveDraft')} /> : null}
        </div>
        {canEdit ? (
          draft.conflict ? (
            <ConflictPanel
              mine={draft.body}
              onMineChange={draft.setBody}
              theirs={draft.conflict}
              target={target}
              saving={draft.status === 'saving'}
              onKeepMine={() => void draft.keepMine()}
              onUseTheirs={draft.takeTheirs}
            />
          ) : (
            <DraftFields draft={draft}>
              <TextLanguageField
                value={draft.language}
                onChange={draft.setLanguage}
                templateLanguage={contribution.templateLanguage}
                error={errorFor(draft.fieldErrors, 'language')}
              />
              <TextEditor
                draft={draft}
                target={target}
                language={draft.language ?? contribution.templateLanguage}
              />
              <ReferencesEditor rows={draft.rows} onChange={draft.setRows} errors={draft.fieldErrors} />
            </DraftFields>
          )
        ) : (
          <div data-testid="read-only-answer">
            <p className="muted">
              {contribution.assignment.state === 'submitted' || contribution.assignment.state === 'accepted'
                ? t('contribution.answer.submitted')
                : t('contribution.answer.readOnly')}
              {contribution.updatedBy && contribution.updatedAt
                ? ` ${t('contribution.answer.lastSaved', {
                    name: contribution.updatedBy.name,
                    date: formatInstant(contribution.updatedAt, localTimeZone(), 'dateTime', locale),
                  })}`
                : ''}
            </p>
            <TextLanguageNote
              language={contribution.language}
              templateLanguage={contribution.templateLanguage}
            />
            <div lang={contribution.language ?? contribution.templateLanguage}>
              <FormattedText text={contribution.body} />
            </div>
            <WordCount text={contribution.body} target={target} />
            <ReferencesList references={contribution.references} />
          </div>
        )}
        <p className="editor__history">
          <Link to={`/assignments/${assignmentId}/history`}>{t('contribution.answer.history')}</Link>
        </p>
      </section>
      <AttachmentsSection
        assignmentId={assignmentId}
        attachments={contribution.attachments}
        canEdit={canEdit}
      />
      <CommentsSection
        assignmentId={assignmentId}
        comments={contribution.comments}
        canComment={contribution.canComment}
        replyTo={replyTo}
        onReplyTo={answer}
        textRef={commentText}
      />
      {panels?.(contribution.assignment)}
    </div>
  );
}

export function ContributionPage({ panels }: { panels?: AssignmentPanels } = {}) {
  const { assignmentId = '' } = useParams();
  const { data, error, isError, refetch, isFetching } = useContribution(assignmentId);
  const t = useT();
  // Once loaded, a failed background refresh must never take the editor (and its unsaved text) away.
  if (data)
    return (
      <ContributionEditor key={assignmentId} assignmentId={assignmentId} initial={data} panels={panels} />
    );
  if (!isError) {
    return (
      <div className="page">
        <Loading label={t('contribution.loading')} />
      </div>
    );
  }
  const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
  return (
    <div className="page">
      <title>{`${t('contribution.unavailable')} — ${t('shell.brand')}`}</title>
      <ErrorPanel
        title={notFound ? t('contribution.notFound') : t('contribution.loadFailed')}
        error={error}
        onRetry={() => void refetch()}
        retrying={isFetching}
      >
        <Link to="/my/assignments">{t('contribution.goToMyAssignments')}</Link>
      </ErrorPanel>
    </div>
  );
}
