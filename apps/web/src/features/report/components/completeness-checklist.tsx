import { type TCompletenessItem, translateProblem } from '@gcm/domain';
import { Link } from 'react-router';
import { QueryGate } from '../../../components/ui/query-gate';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useCompleteness } from '../api/get-completeness';

type Translate = ReturnType<typeof useT>;

/** Where the coordinator fixes an item: the question's consolidation page, or the review's settings. */
export function completenessLink(
  reviewId: string,
  item: TCompletenessItem,
  t: Translate,
): { to: string; label: string } {
  const base = `/reviews/${reviewId}`;
  if ((item.link === 'question' || item.link === 'attachments') && item.questionCode) {
    return {
      to: `${base}/questions/${encodeURIComponent(item.questionCode)}`,
      label: t('report.link.question', { code: item.questionCode }),
    };
  }
  if (item.link === 'contact')
    return { to: `${base}/settings#settings-contact`, label: t('report.link.contact') };
  if (item.link === 'consent' || item.link === 'recipients') {
    return { to: `${base}/settings#settings-submission`, label: t('report.link.submission') };
  }
  return { to: `${base}/settings`, label: t('report.link.settings') };
}

/**
 * The errors (which block the submission) and warnings, each with a link to where it is fixed.
 * The items' messages come from the server's check in English; they are shown in the person's
 * language through the problem catalogues (translateProblem), the words of the report quoted as is.
 */
export function CompletenessItems({
  reviewId,
  items,
}: {
  reviewId: string;
  items: readonly TCompletenessItem[];
}) {
  const t = useT();
  const locale = useLocale();
  const errors = items.filter((item) => item.level === 'error');
  const warnings = items.filter((item) => item.level === 'warning');
  const list = (level: 'error' | 'warning', rows: TCompletenessItem[]) => (
    <ul className="check-list" data-testid={`completeness-${level}s`}>
      {rows.map((item) => {
        const link = completenessLink(reviewId, item, t);
        return (
          <li
            key={item.id}
            className={`check-list__item check-list__item--${level}`}
            data-testid="completeness-item"
          >
            <span aria-hidden="true">{level === 'error' ? '✕ ' : '! '}</span>
            <span className="visually-hidden">
              {level === 'error' ? t('report.check.errorMark') : t('report.check.warningMark')}{' '}
            </span>
            {translateProblem(item.message, locale)} <Link to={link.to}>{link.label}</Link>
          </li>
        );
      })}
    </ul>
  );
  return (
    <>
      {errors.length > 0 ? (
        <>
          <h3>{t('report.check.errors', { count: errors.length })}</h3>
          {list('error', errors)}
        </>
      ) : null}
      {warnings.length > 0 ? (
        <>
          <h3>{t('report.check.warnings', { count: warnings.length })}</h3>
          {list('warning', warnings)}
        </>
      ) : null}
    </>
  );
}

/** (a) Is the report ready to send? Checked by the server, again on request. */
export function CompletenessChecklist({
  reviewId,
  sentNote = null,
}: {
  reviewId: string;
  /** Once the report is sent and no amendment is open, what to say instead of "ready to send". */
  sentNote?: string | null;
}) {
  const t = useT();
  const completeness = useCompleteness(reviewId);
  return (
    <section className="card" aria-labelledby="completeness-title" data-testid="completeness">
      <div className="editor__bar">
        <h2 id="completeness-title">{t('report.check.title')}</h2>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void completeness.refetch()}
          disabled={completeness.isFetching}
        >
          {completeness.isFetching && !completeness.isPending
            ? t('report.check.checking')
            : t('report.check.again')}
        </button>
      </div>
      <QueryGate
        query={completeness}
        loading={t('report.check.loading')}
        errorTitle={t('report.check.loadError')}
      >
        {(data) => (
          <>
            <p
              className={`notice ${sentNote ? 'notice--info' : data.ready ? 'notice--success' : 'notice--warning'}`}
              data-testid="completeness-verdict"
            >
              {sentNote ?? (data.ready ? t('report.check.ready') : t('report.check.notReady'))}
            </p>
            {data.items.length === 0 ? <p className="muted">{t('report.check.nothing')}</p> : null}
            <CompletenessItems reviewId={reviewId} items={data.items} />
          </>
        )}
      </QueryGate>
    </section>
  );
}
