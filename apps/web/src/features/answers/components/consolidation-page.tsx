import type {
  TConsolidation,
  TReportQuestionStatus,
  TReviewDetail,
  TReviewQuestion,
  TTableColumn,
} from '@gcm/domain';
import { formatInstant, localTimeZone } from '@gcm/domain';
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { DraftFields, LeaveGuard } from '../../../components/ui/leave-guard';
import { PriorityTable } from '../../../components/ui/priority-table';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { SaveBar } from '../../../components/ui/save-bar';
import { Loading } from '../../../components/ui/spinner';
import { AnswerText } from '../../../components/ui/text-blocks';
import { WordCount } from '../../../components/ui/word-count';
import { useConsolidation } from '../../../lib/api/get-consolidation';
import { isApiError } from '../../../lib/api-client';
import { errorFor } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { priorityColumns, reviewQuestion } from '../../../lib/question-info';
import { type AnswerDraft, principleRows, tableRows, useAnswerDraft } from '../hooks/use-answer-draft';
import { AnswerConflictPanel } from './answer-conflict-panel';
import { AnswerHistory } from './answer-history';
import { ANSWER_STATUS_OPTIONS, answerStatusLabelId } from './answer-labels';
import { ContributionCard } from './contribution-card';
import { PreviousCycleAnswer } from './previous-cycle-answer';
import { PrinciplesEditor } from './principles-editor';
import { TableAnswerEditor } from './table-answer-editor';

/** Appends a contribution's text as new paragraphs after what is written. */
export function appendText(body: string, text: string): string {
  const before = body.trimEnd();
  return before === '' ? text.trim() : `${before}\n\n${text.trim()}`;
}

/** The columns of a table question, from the review's own copy of the questionnaire. */
function tableColumns(question: TReviewQuestion | undefined): TTableColumn[] {
  return question?.answer.kind === 'table' ? question.answer.columns : [];
}

function PriorityAnswerTable({
  consolidation,
  reviewId,
  question,
}: {
  consolidation: TConsolidation;
  reviewId: string;
  question: TReviewQuestion | undefined;
}) {
  const t = useT();
  const priorities = consolidation.answer.data?.priorities ?? [];
  return (
    <section className="card" aria-labelledby="priorities-title">
      <h2 id="priorities-title">{t('answers.priorities.title')}</h2>
      {priorities.length > 0 ? (
        <PriorityTable
          priorities={priorities.map((row, index) => ({ ...row, position: index + 1 }))}
          caption={t('answers.caption.answer', { code: consolidation.question.code })}
          columns={priorityColumns(question)}
        />
      ) : (
        <p className="muted">{t('answers.priorities.empty')}</p>
      )}
      <p>
        <Link to={`/reviews/${reviewId}/votes`}>{t('answers.priorities.change')}</Link>
      </p>
    </section>
  );
}

function AnswerEditor({
  draft,
  consolidation,
  columns,
}: {
  draft: AnswerDraft;
  consolidation: TConsolidation;
  columns: TTableColumn[];
}) {
  const t = useT();
  const id = useId();
  const { question } = consolidation;
  const error = errorFor(draft.fieldErrors, 'body');
  const isPriorities = question.answerKind === 'priority_objectives';
  const isTable = question.answerKind === 'table';
  const dataError = draft.fieldErrors.data ?? draft.fieldErrors['data.rows'];
  const origin = consolidation.answer.origin;
  const text = (
    <>
      <label className="field__label" htmlFor={`${id}-body`}>
        {t('answers.editor.label')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t(
          isPriorities
            ? 'answers.editor.hint.priorities'
            : isTable
              ? 'answers.editor.hint.table'
              : 'answers.editor.hint.text',
        )}{' '}
        {t('answers.editor.hint.format')}
      </p>
      <textarea
        id={`${id}-body`}
        className="input editor__textarea"
        rows={18}
        value={draft.body}
        aria-describedby={`${id}-hint ${id}-count${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => draft.edit({ body: event.target.value })}
      />
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <WordCount text={draft.body} target={question.targetWords} id={`${id}-count`} />
    </>
  );
  return (
    <div className="editor__text">
      {origin ? (
        <div className="carried" data-testid="carried-answer">
          <div className="carried__draft">{text}</div>
          <PreviousCycleAnswer origin={origin} current={draft.body} />
        </div>
      ) : (
        text
      )}
      {question.answerKind === 'principles_checklist' ? (
        <>
          <h3>{t('answers.editor.principles')}</h3>
          {errorFor(draft.fieldErrors, 'data') ? (
            <p className="field__error">{errorFor(draft.fieldErrors, 'data')}</p>
          ) : null}
          <PrinciplesEditor rows={draft.principles} onChange={draft.setPrinciple} />
        </>
      ) : null}
      {isTable ? (
        <>
          <h3>{t('answers.editor.table')}</h3>
          {dataError ? <p className="field__error">{dataError}</p> : null}
          <TableAnswerEditor
            columns={columns}
            rows={draft.rows}
            onChange={draft.setRows}
            errors={draft.fieldErrors}
            caption={t('answers.caption.answer', { code: question.code })}
          />
        </>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-status`}>
          {t('answers.editor.status')}
        </label>
        <select
          id={`${id}-status`}
          className="input input--short"
          value={draft.answerStatus}
          onChange={(event) => draft.edit({ status: event.target.value as TReportQuestionStatus })}
        >
          {ANSWER_STATUS_OPTIONS.map((value) => (
            <option key={value} value={value}>
              {t(answerStatusLabelId(value))}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function ReadOnlyAnswer({
  consolidation,
  columns,
}: {
  consolidation: TConsolidation;
  columns: TTableColumn[];
}) {
  const t = useT();
  const locale = useLocale();
  const { answer, question } = consolidation;
  const status = t(answerStatusLabelId(answer.status));
  return (
    <div data-testid="read-only-answer">
      <p className="muted">
        {answer.updatedBy && answer.updatedAt
          ? t('answers.readOnly.statusSaved', {
              status,
              name: answer.updatedBy.name,
              date: formatInstant(answer.updatedAt, localTimeZone(), 'dateTime', locale),
            })
          : t('answers.readOnly.status', { status })}
      </p>
      {answer.origin ? (
        <div className="carried" data-testid="carried-answer">
          <div className="carried__draft">
            <AnswerText text={answer.body} emptyText={t('answers.readOnly.empty')} />
            <WordCount text={answer.body} target={question.targetWords} />
          </div>
          <PreviousCycleAnswer
            origin={answer.origin}
            current={answer.body}
            difference={consolidation.difference}
          />
        </div>
      ) : (
        <>
          <AnswerText text={answer.body} emptyText={t('answers.readOnly.empty')} />
          <WordCount text={answer.body} target={question.targetWords} />
        </>
      )}
      {question.answerKind === 'principles_checklist' ? (
        <PrinciplesEditor rows={principleRows(answer.data?.principles)} />
      ) : null}
      {question.answerKind === 'table' ? (
        <TableAnswerEditor
          columns={columns}
          rows={tableRows(answer.data?.rows, columns)}
          caption={t('answers.caption.answer', { code: question.code })}
        />
      ) : null}
    </div>
  );
}

/** A table answer in conflict: your rows stay editable beside the stored ones until you choose. */
function TableConflict({
  draft,
  columns,
  code,
}: {
  draft: AnswerDraft;
  columns: TTableColumn[];
  code: string;
}) {
  const t = useT();
  return (
    <div className="conflict__columns" data-testid="table-conflict">
      <div className="conflict__column">
        <h3>{t('answers.conflict.mine')}</h3>
        <TableAnswerEditor
          columns={columns}
          rows={draft.rows}
          onChange={draft.setRows}
          caption={t('answers.conflict.mineCaption', { code })}
          testId="table-mine"
        />
      </div>
      <div className="conflict__column">
        <h3>{t('answers.conflict.theirs')}</h3>
        <TableAnswerEditor
          columns={columns}
          rows={tableRows(draft.conflict?.data?.rows, columns)}
          caption={t('answers.conflict.theirsCaption', { code })}
          testId="table-theirs"
        />
      </div>
    </div>
  );
}

function ConsolidationView({ review, initial }: { review: TReviewDetail; initial: TConsolidation }) {
  const t = useT();
  const code = initial.question.code;
  const { data } = useConsolidation(review.id, code);
  const consolidation = data ?? initial;
  const canEdit = review.viewer.role === 'coordinator' && consolidation.readOnlyReason === null;
  const question = reviewQuestion(review, code);
  const columns = tableColumns(question);
  const draft = useAnswerDraft(
    review.id,
    code,
    initial.question.answerKind,
    initial.answer,
    columns,
    canEdit,
  );
  const accepted = consolidation.contributions.filter((c) => c.state === 'accepted');
  const others = consolidation.contributions.filter((c) => c.state !== 'accepted');

  return (
    <div className="consolidation">
      {canEdit ? <LeaveGuard draft={draft} /> : null}
      <p className="editor__prompt" data-testid="question-prompt">
        {consolidation.question.prompt}
      </p>
      {consolidation.question.guidance ? (
        <details className="guidance">
          <summary>{t('answers.guidance', { count: consolidation.question.targetWords })}</summary>
          <p>{consolidation.question.guidance}</p>
        </details>
      ) : null}
      {consolidation.readOnlyReason ? (
        <p className="notice notice--warning" role="note" data-testid="read-only-banner">
          {consolidation.readOnlyReason}
        </p>
      ) : null}

      <section className="card" aria-labelledby="accepted-title">
        <h2 id="accepted-title">{t('answers.accepted.title')}</h2>
        {accepted.length === 0 ? (
          <p className="muted">{t('answers.accepted.none')}</p>
        ) : (
          <div className="conflict__columns" data-testid="accepted-contributions">
            {accepted.map((contribution) => (
              <ContributionCard
                key={contribution.assignmentId}
                contribution={contribution}
                {...(canEdit && !draft.conflict
                  ? { onInsert: (text: string) => draft.edit({ body: appendText(draft.body, text) }) }
                  : {})}
              />
            ))}
          </div>
        )}
        {others.length > 0 ? (
          <details className="guidance" data-testid="other-contributions">
            <summary>
              {t('answers.others', {
                count: others.length,
                names: others.map((c) => `${c.organisation.shortName ?? c.organisation.name}`).join(', '),
              })}
            </summary>
            {others.map((contribution) => (
              <ContributionCard key={contribution.assignmentId} contribution={contribution} />
            ))}
          </details>
        ) : null}
      </section>

      {consolidation.question.answerKind === 'priority_objectives' ? (
        <PriorityAnswerTable consolidation={consolidation} reviewId={review.id} question={question} />
      ) : null}

      <section className="card" aria-labelledby="answer-title">
        <div className="editor__bar">
          <h2 id="answer-title">{t('answers.answer.title')}</h2>
          {canEdit ? <SaveBar draft={draft} label={t('answers.answer.save')} testId="save-answer" /> : null}
        </div>
        {canEdit ? (
          draft.conflict ? (
            <>
              <AnswerConflictPanel
                mine={draft.body}
                onMineChange={(body) => draft.edit({ body })}
                theirs={draft.conflict}
                target={consolidation.question.targetWords}
                saving={draft.status === 'saving'}
                onKeepMine={() => void draft.keepMine()}
                onUseTheirs={draft.takeTheirs}
              />
              {consolidation.question.answerKind === 'table' ? (
                <TableConflict draft={draft} columns={columns} code={code} />
              ) : null}
            </>
          ) : (
            <DraftFields draft={draft}>
              <AnswerEditor draft={draft} consolidation={consolidation} columns={columns} />
            </DraftFields>
          )
        ) : (
          <ReadOnlyAnswer consolidation={consolidation} columns={columns} />
        )}
        <AnswerHistory reviewId={review.id} code={code} />
      </section>
      {review.viewer.role !== 'stakeholder' && review.viewer.role !== 'contributor' ? (
        <p>
          <Link to={`/reviews/${review.id}/report`}>{t('answers.goToReport')}</Link>
        </p>
      ) : null}
    </div>
  );
}

function Consolidation({ review, code }: { review: TReviewDetail; code: string }) {
  const t = useT();
  const { data, error, isError, refetch, isFetching } = useConsolidation(review.id, code);
  if (data) return <ConsolidationView key={code} review={review} initial={data} />;
  if (!isError) return <Loading label={t('answers.loading')} />;
  const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
  return (
    <ErrorPanel
      title={notFound ? t('answers.notFound') : t('answers.loadFailed')}
      error={error}
      onRetry={() => void refetch()}
      retrying={isFetching}
    />
  );
}

/** /reviews/:reviewId/questions/:code — the coordinator merges the contributions into the answer. */
export function ConsolidationPage() {
  const t = useT();
  const { reviewId = '', code = '' } = useParams();
  return (
    <ReviewFrame reviewId={reviewId} title={t('answers.page.title', { code })}>
      {(review) => <Consolidation review={review} code={code} />}
    </ReviewFrame>
  );
}
