import type { TAssignment, TLocale, TOrganisation, TReviewDetail, TReviewQuestion } from '@gcm/domain';
import { FORMATTING_TAGS, formatCalendarDate, suggestDueDate, todayIn } from '@gcm/domain';
import { type ReactNode, useMemo, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { Loading } from '../../../components/ui/spinner';
import { CONTRIBUTION_STATE_LOOK, contributionStateLabelId } from '../../../components/ui/status-badge';
import { useReviewAssignments } from '../../../lib/api/get-review-assignments';
import { useReviewMembers } from '../../../lib/api/get-review-members';
import { useReviewOrganisations } from '../../../lib/api/get-review-organisations';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { type MessageId, useT } from '../../../lib/i18n/use-t';
import { organisationLabel } from '../../../lib/labels';
import { generalQuestionsTitle } from '../../../lib/question-info';
import { AssignForm, type AssignFormTarget } from './assign-form';
import { BulkAssignForm, type SelectedCell } from './bulk-assign-form';

/** The id part of `matrix-cell-<code>-<organisation>`: the short name, or the id when there is none. */
export function organisationKey(organisation: Pick<TOrganisation, 'id' | 'shortName'>): string {
  return organisation.shortName?.trim() ? organisation.shortName : organisation.id;
}

const cellKey = (questionCode: string, organisationId: string) => `${questionCode}|${organisationId}`;

interface MatrixProps {
  review: TReviewDetail;
  organisations: TOrganisation[];
  assignments: Map<string, TAssignment>;
  bulk: boolean;
  selected: Set<string>;
  /** Ticks or unticks cells: one, or a whole row or column. */
  onToggle: (cells: SelectedCell[], checked: boolean) => void;
  onOpen: (target: AssignFormTarget) => void;
}

function MatrixCell({
  question,
  organisation,
  assignment,
  bulk,
  checked,
  onToggle,
  onOpen,
}: {
  question: TReviewQuestion;
  organisation: TOrganisation;
  assignment: TAssignment | undefined;
  bulk: boolean;
  checked: boolean;
  onToggle: MatrixProps['onToggle'];
  onOpen: MatrixProps['onOpen'];
}) {
  const t = useT();
  const locale = useLocale();
  const name = organisationLabel(organisation);
  const testId = `matrix-cell-${question.code}-${organisationKey(organisation)}`;
  const cell = { questionCode: question.code, organisationId: organisation.id };
  if (assignment) {
    const look = CONTRIBUTION_STATE_LOOK[assignment.state];
    const overdue = assignment.deadlineStatus === 'overdue';
    const letter = t('assignments.cell.letter', { role: assignment.role });
    const due = dayAndMonth(assignment.dueDate, locale);
    const shown = `${letter} ${due}${overdue ? ` ${t('assignments.cell.overdue')}` : ''}`;
    // The name starts with what the cell shows (WCAG 2.5.3, label in name), then says it in full.
    const label = t('assignments.cell.label', {
      shown,
      code: question.code,
      organisation: name,
      role: assignment.role,
      state: t(contributionStateLabelId(assignment.state)).toLocaleLowerCase(locale),
      date: formatCalendarDate(assignment.dueDate, 'short', locale),
    });
    const content = (
      <>
        <span className="matrix-cell__role">{letter}</span> <span className="matrix-cell__due">{due}</span>
        {overdue ? (
          <>
            {' '}
            <span className="matrix-cell__overdue">{t('assignments.cell.overdue')}</span>
          </>
        ) : null}
      </>
    );
    return (
      <td
        className="matrix__cell"
        data-testid={testId}
        data-role={assignment.role}
        data-state={assignment.state}
        data-overdue={overdue ? 'true' : undefined}
      >
        {bulk ? (
          // While selecting, an assignment is ticked (for its focal points) rather than opened.
          <label className={`matrix-cell matrix-cell--${look.tone} matrix-cell--pick`} title={label}>
            <input
              type="checkbox"
              className="matrix-cell__check"
              aria-label={t('assignments.cell.select', { label })}
              checked={checked}
              onChange={(event) => onToggle([cell], event.target.checked)}
            />
            {content}
          </label>
        ) : (
          <button
            type="button"
            className={`matrix-cell matrix-cell--${look.tone}`}
            aria-label={label}
            title={label}
            onClick={() => onOpen({ mode: 'edit', assignmentId: assignment.id })}
          >
            {content}
          </button>
        )}
      </td>
    );
  }
  if (bulk) {
    return (
      <td className="matrix__cell" data-testid={testId}>
        <input
          type="checkbox"
          className="matrix-cell__check"
          aria-label={t('assignments.cell.selectEmpty', { code: question.code, organisation: name })}
          checked={checked}
          onChange={(event) => onToggle([cell], event.target.checked)}
        />
      </td>
    );
  }
  return (
    <td className="matrix__cell" data-testid={testId}>
      <button
        type="button"
        className="matrix-cell matrix-cell--empty"
        aria-label={t('assignments.cell.empty', { code: question.code, organisation: name })}
        title={t('assignments.cell.empty', { code: question.code, organisation: name })}
        onClick={() =>
          onOpen({ mode: 'create', questionCode: question.code, organisationId: organisation.id })
        }
      >
        <span aria-hidden="true">+</span>
      </button>
    </td>
  );
}

/** "12 Dec": the due date short enough for a cell (the year is in its label). */
function dayAndMonth(isoDate: string, locale: TLocale): string {
  if (locale === 'en') return formatCalendarDate(isoDate, 'short').replace(/ \d{4}$/, '');
  return new Intl.DateTimeFormat(FORMATTING_TAGS[locale], {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** Ticks a whole row or column; ticked when every cell of it is, and unticks them all then. */
function LineCheckbox({
  label,
  cells,
  selected,
  onToggle,
}: {
  label: string;
  cells: SelectedCell[];
  selected: Set<string>;
  onToggle: MatrixProps['onToggle'];
}) {
  const ticked = cells.filter((cell) => selected.has(cellKey(cell.questionCode, cell.organisationId))).length;
  const all = cells.length > 0 && ticked === cells.length;
  return (
    <input
      type="checkbox"
      className="matrix__line-check"
      aria-label={label}
      title={label}
      checked={all}
      ref={(input) => {
        if (input) input.indeterminate = ticked > 0 && !all;
      }}
      onChange={() => onToggle(cells, !all)}
    />
  );
}

function QuestionRow({ question, ...props }: MatrixProps & { question: TReviewQuestion }) {
  const t = useT();
  const hasLead = props.organisations.some(
    (organisation) => props.assignments.get(cellKey(question.code, organisation.id))?.role === 'lead',
  );
  return (
    <tr data-testid={`matrix-row-${question.code}`} data-no-lead={hasLead ? undefined : 'true'}>
      <th scope="row" className="matrix__question">
        {props.bulk ? (
          <LineCheckbox
            label={t('assignments.matrix.selectRow', { code: question.code })}
            cells={props.organisations.map((organisation) => ({
              questionCode: question.code,
              organisationId: organisation.id,
            }))}
            selected={props.selected}
            onToggle={props.onToggle}
          />
        ) : null}
        <button
          type="button"
          className="matrix__question-button"
          aria-label={t('assignments.matrix.questionButton', { code: question.code })}
          title={question.prompt}
          disabled={props.bulk}
          onClick={() => props.onOpen({ mode: 'create', questionCode: question.code })}
        >
          {question.code}
        </button>
        {hasLead ? null : (
          <span className="badge badge--warning matrix__no-lead" data-testid={`no-lead-${question.code}`}>
            {t('assignments.matrix.noLead')}
          </span>
        )}
      </th>
      {props.organisations.map((organisation) => (
        <MatrixCell
          key={organisation.id}
          question={question}
          organisation={organisation}
          assignment={props.assignments.get(cellKey(question.code, organisation.id))}
          bulk={props.bulk}
          checked={props.selected.has(cellKey(question.code, organisation.id))}
          onToggle={props.onToggle}
          onOpen={props.onOpen}
        />
      ))}
    </tr>
  );
}

function Matrix(props: MatrixProps) {
  const t = useT();
  const { review, organisations } = props;
  const groups = [
    ...review.clusters.map((cluster) => ({
      key: `cluster-${cluster.number}`,
      title: t('assignments.matrix.cluster', { number: cluster.number, title: cluster.title }),
      questions: cluster.questions,
    })),
    {
      key: 'general',
      title: generalQuestionsTitle(t, review.generalQuestions),
      questions: review.generalQuestions,
    },
  ].filter((group) => group.questions.length > 0);
  const questions = groups.flatMap((group) => group.questions);
  return (
    <ScrollArea className="matrix-scroll">
      <table className="matrix" data-testid="matrix">
        <caption className="visually-hidden">{t('assignments.matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assignments.matrix.question')}</th>
            {organisations.map((organisation) => (
              <th key={organisation.id} scope="col" className="matrix__org" title={organisation.name}>
                {organisationLabel(organisation)}
                {props.bulk ? (
                  <LineCheckbox
                    label={t('assignments.matrix.selectColumn', {
                      organisation: organisationLabel(organisation),
                    })}
                    cells={questions.map((question) => ({
                      questionCode: question.code,
                      organisationId: organisation.id,
                    }))}
                    selected={props.selected}
                    onToggle={props.onToggle}
                  />
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.key}>
            <tr className="matrix__group">
              <th scope="colgroup" colSpan={organisations.length + 1}>
                {group.title}
              </th>
            </tr>
            {group.questions.map((question) => (
              <QuestionRow key={question.id} question={question} {...props} />
            ))}
          </tbody>
        ))}
      </table>
    </ScrollArea>
  );
}

function Legend() {
  const t = useT();
  const b = (chunks: ReactNode[]) => <strong>{chunks}</strong>;
  return (
    <ul className="matrix-legend" aria-label={t('assignments.legend.label')}>
      <li>
        <FormattedMessage id="assignments.legend.lead" values={{ b }} />
      </li>
      <li>
        <FormattedMessage id="assignments.legend.contributing" values={{ b }} />
      </li>
      {(Object.keys(CONTRIBUTION_STATE_LOOK) as (keyof typeof CONTRIBUTION_STATE_LOOK)[]).map((state) => (
        <li key={state}>
          <span className={`matrix-legend__swatch matrix-cell--${CONTRIBUTION_STATE_LOOK[state].tone}`} />
          {t(contributionStateLabelId(state))}
        </li>
      ))}
      <li>
        <FormattedMessage
          id="assignments.legend.overdue"
          values={{ overdue: (chunks) => <span className="matrix-cell__overdue">{chunks}</span> }}
        />
      </li>
      <li>
        <FormattedMessage
          id="assignments.legend.noLead"
          values={{ badge: (chunks) => <span className="badge badge--warning">{chunks}</span> }}
        />
      </li>
    </ul>
  );
}

function AssignmentMatrix({ review }: { review: TReviewDetail }) {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const organisationsQuery = useReviewOrganisations(review.id);
  const membersQuery = useReviewMembers(review.id);
  const assignmentsQuery = useReviewAssignments(review.id);
  const initialQuestion = searchParams.get('question');
  const [target, setTarget] = useState<AssignFormTarget | null>(
    initialQuestion ? { mode: 'create', questionCode: initialQuestion } : null,
  );
  const [formKey, setFormKey] = useState(0);
  const [bulk, setBulk] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);

  const questions = useMemo(
    () => [...review.clusters.flatMap((cluster) => cluster.questions), ...review.generalQuestions],
    [review],
  );
  const byCell = useMemo(() => {
    const map = new Map<string, TAssignment>();
    for (const assignment of assignmentsQuery.data?.assignments ?? []) {
      map.set(cellKey(assignment.question.code, assignment.organisation.id), assignment);
    }
    return map;
  }, [assignmentsQuery.data]);

  if (organisationsQuery.isPending || membersQuery.isPending || assignmentsQuery.isPending) {
    return <Loading label={t('assignments.loading')} />;
  }
  const failed = [organisationsQuery, membersQuery, assignmentsQuery].find((query) => query.isError);
  if (failed || !organisationsQuery.data || !membersQuery.data || !assignmentsQuery.data) {
    return (
      <ErrorPanel
        title={t('assignments.loadFailed')}
        error={failed?.error}
        onRetry={() => {
          for (const query of [organisationsQuery, membersQuery, assignmentsQuery]) void query.refetch();
        }}
      />
    );
  }

  const organisations = organisationsQuery.data.organisations;
  const assignments = assignmentsQuery.data.assignments;
  const suggested = suggestDueDate(review.finalDueDate, todayIn(review.timeZone));

  function open(next: AssignFormTarget) {
    setMessage(null);
    setTarget(next);
    setFormKey((key) => key + 1);
  }

  function close(done?: string) {
    setTarget(null);
    if (done) setMessage(done);
    if (searchParams.has('question')) setSearchParams({}, { replace: true });
  }

  function toggle(cells: SelectedCell[], checked: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      for (const cell of cells) {
        const key = cellKey(cell.questionCode, cell.organisationId);
        if (checked) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  }

  // What is ticked, in the matrix's order: empty cells to assign, and assignments to change.
  const selectedCells: SelectedCell[] = [];
  const selectedAssignments: TAssignment[] = [];
  for (const question of questions) {
    for (const organisation of organisations) {
      const key = cellKey(question.code, organisation.id);
      if (!selected.has(key)) continue;
      const assignment = byCell.get(key);
      if (assignment) selectedAssignments.push(assignment);
      else selectedCells.push({ questionCode: question.code, organisationId: organisation.id });
    }
  }
  const editing = target?.mode === 'edit' ? assignments.find((a) => a.id === target.assignmentId) : undefined;

  return (
    <>
      <div className="toolbar">
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={bulk}
          onClick={() => {
            setBulk(!bulk);
            setSelected(new Set());
            setTarget(null);
            setMessage(null);
          }}
        >
          {bulk ? t('assignments.toolbar.stop') : t('assignments.toolbar.select')}
        </button>
        <span className="muted">
          {bulk ? t('assignments.toolbar.hintBulk') : t('assignments.toolbar.hint')}
        </span>
      </div>
      <p role="status" className="notice-line" data-testid="matrix-message">
        {message ?? ''}
      </p>
      {organisations.length === 0 ? (
        <div className="empty-state">
          <h2>{t('assignments.noOrganisations.title')}</h2>
          <p>
            <FormattedMessage
              id="assignments.noOrganisations.text"
              values={{ link: (chunks) => <Link to={`/reviews/${review.id}/people`}>{chunks}</Link> }}
            />
          </p>
        </div>
      ) : null}
      {!bulk && target && (target.mode === 'create' || editing) ? (
        <AssignForm
          key={`${formKey}:${target.mode === 'edit' ? target.assignmentId : ''}`}
          reviewId={review.id}
          target={target}
          {...(editing ? { assignment: editing } : {})}
          questions={questions}
          organisations={organisations}
          members={membersQuery.data.members}
          assignments={assignments}
          suggestedDueDate={suggested}
          finalDueDate={review.finalDueDate}
          onClose={close}
        />
      ) : null}
      {organisations.length > 0 ? (
        <>
          <Legend />
          <Matrix
            review={review}
            organisations={organisations}
            assignments={byCell}
            bulk={bulk}
            selected={selected}
            onToggle={toggle}
            onOpen={open}
          />
        </>
      ) : null}
      {bulk ? (
        // After the matrix and sticky at the bottom of the window: in view while the rows scroll.
        <div className="bulk-bar" data-testid="bulk-bar">
          <BulkAssignForm
            reviewId={review.id}
            selected={selectedCells}
            selectedAssignments={selectedAssignments}
            organisations={organisations}
            members={membersQuery.data.members}
            suggestedDueDate={suggested}
            finalDueDate={review.finalDueDate}
            onDone={(done) => {
              setSelected(new Set());
              setBulk(false);
              setMessage(done);
            }}
            onCancel={() => {
              setSelected(new Set());
              setBulk(false);
            }}
          />
        </div>
      ) : null}
    </>
  );
}

export function MatrixPage() {
  const t = useT();
  const { reviewId = '' } = useParams();
  return (
    <ReviewFrame reviewId={reviewId} title={t('assignments.page.title')} coordinatorOnly>
      {(review) => <AssignmentMatrix review={review} />}
    </ReviewFrame>
  );
}
