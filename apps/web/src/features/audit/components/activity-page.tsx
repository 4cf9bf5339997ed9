import type { TAuditEvent, TReviewDetail } from '@gcm/domain';
import { formatInstant, localTimeZone } from '@gcm/domain';
import { type ReactNode, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { LoadMore } from '../../../components/ui/load-more';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { SelectField } from '../../../components/ui/select-field';
import { Loading } from '../../../components/ui/spinner';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { auditActionLabel, auditTargetLabel } from '../../../lib/labels';
import { useReviewAudit } from '../api/get-review-audit';
import { type ChangeWords, changeSummary } from './change-summary';

/** The table's columns, in the person's language. */
function useColumns() {
  const t = useT();
  return [
    t('audit.col.when'),
    t('audit.col.who'),
    t('audit.col.action'),
    t('audit.col.target'),
    t('audit.col.question'),
    t('audit.col.change'),
  ] as const;
}

function EventRow({
  event,
  columns,
  words,
}: {
  event: TAuditEvent;
  columns: readonly string[];
  words: ChangeWords;
}) {
  const t = useT();
  const locale = useLocale();
  const changes = changeSummary(event.before, event.after, words);
  return (
    <tr data-testid="audit-event">
      <td data-label={columns[0]}>
        <time dateTime={event.createdAt}>
          {formatInstant(event.createdAt, localTimeZone(), 'dateTime', locale)}
        </time>
      </td>
      <td data-label={columns[1]}>
        {event.actor?.name ?? <span className="muted">{t('audit.system')}</span>}
      </td>
      <td data-label={columns[2]}>{auditActionLabel(t, event.action)}</td>
      <td data-label={columns[3]}>
        {auditTargetLabel(t, event.targetType)} <span className="muted">{event.targetId.slice(0, 8)}</span>
      </td>
      <td data-label={columns[4]}>{event.questionCode ?? <span className="muted">—</span>}</td>
      <td data-label={columns[5]}>
        {changes.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="change-list">
            {changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function Activity({ review }: { review: TReviewDetail }) {
  const t = useT();
  const columns = useColumns();
  const words = useMemo<ChangeWords>(
    () => ({
      changed: (field, before, after) => t('audit.change.changed', { field, before, after }),
      set: (field, value) => t('audit.change.set', { field, value }),
      replaced: (before, after) => t('audit.change.replaced', { before, after }),
      removed: t('audit.change.removed'),
    }),
    [t],
  );
  const [questionId, setQuestionId] = useState<string | null>(null);
  const audit = useReviewAudit(review.id, questionId);
  const questions = [...review.clusters.flatMap((cluster) => cluster.questions), ...review.generalQuestions];
  const events = audit.data?.pages.flatMap((page) => page.events) ?? [];

  let content: ReactNode;
  if (audit.isPending) {
    content = <Loading label={t('audit.loading')} />;
  } else if (audit.isError && events.length === 0) {
    content = (
      <ErrorPanel
        title={t('audit.error')}
        error={audit.error}
        onRetry={() => void audit.refetch()}
        retrying={audit.isFetching}
      />
    );
  } else if (events.length === 0) {
    content = <p className="muted">{t('audit.empty')}</p>;
  } else {
    content = (
      <>
        <DataTable
          caption={t('audit.caption')}
          columns={[...columns.slice(0, 5), t('audit.col.beforeAfter')]}
          framed
          className="audit-table"
          testId="audit"
        >
          {events.map((event) => (
            <EventRow key={event.id} event={event} columns={columns} words={words} />
          ))}
        </DataTable>
        <LoadMore query={audit} label={t('audit.loadMore')} errorTitle={t('audit.loadMoreError')} />
      </>
    );
  }

  return (
    <>
      <div className="toolbar">
        <SelectField
          label={t('audit.filter.question')}
          value={questionId ?? ''}
          onChange={(value) => setQuestionId(value || null)}
        >
          <option value="">{t('audit.filter.all')}</option>
          {questions.map((question) => (
            <option key={question.id} value={question.id}>
              {t('audit.filter.option', { code: question.code })}
            </option>
          ))}
        </SelectField>
      </div>
      {content}
    </>
  );
}

export function ActivityPage() {
  const t = useT();
  const { reviewId = '' } = useParams();
  return (
    <ReviewFrame reviewId={reviewId} title={t('audit.title')} coordinatorOnly>
      {(review) => <Activity review={review} />}
    </ReviewFrame>
  );
}
