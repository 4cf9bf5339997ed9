import type { TCompletenessItem } from '@gcm/domain';
import { Link } from 'react-router';
import { QueryGate } from '../../../components/ui/query-gate';
import { useCompleteness } from '../api/get-completeness';

/** Where the coordinator fixes an item: the question's consolidation page, or the review's settings. */
export function completenessLink(reviewId: string, item: TCompletenessItem): { to: string; label: string } {
  const base = `/reviews/${reviewId}`;
  if ((item.link === 'question' || item.link === 'attachments') && item.questionCode) {
    return {
      to: `${base}/questions/${encodeURIComponent(item.questionCode)}`,
      label: `Question ${item.questionCode}`,
    };
  }
  if (item.link === 'contact')
    return { to: `${base}/settings#settings-contact`, label: 'Contact in settings' };
  if (item.link === 'consent' || item.link === 'recipients') {
    return { to: `${base}/settings#settings-submission`, label: 'Submission settings' };
  }
  return { to: `${base}/settings`, label: 'Settings' };
}

/** The errors (which block the submission) and warnings, each with a link to where it is fixed. */
export function CompletenessItems({
  reviewId,
  items,
}: {
  reviewId: string;
  items: readonly TCompletenessItem[];
}) {
  const errors = items.filter((item) => item.level === 'error');
  const warnings = items.filter((item) => item.level === 'warning');
  const list = (level: 'error' | 'warning', rows: TCompletenessItem[]) => (
    <ul className="check-list" data-testid={`completeness-${level}s`}>
      {rows.map((item) => {
        const link = completenessLink(reviewId, item);
        return (
          <li
            key={item.id}
            className={`check-list__item check-list__item--${level}`}
            data-testid="completeness-item"
          >
            <span aria-hidden="true">{level === 'error' ? '✕ ' : '! '}</span>
            <span className="visually-hidden">{level === 'error' ? 'Error: ' : 'Warning: '}</span>
            {item.message} <Link to={link.to}>{link.label}</Link>
          </li>
        );
      })}
    </ul>
  );
  return (
    <>
      {errors.length > 0 ? (
        <>
          <h3>
            {errors.length} error{errors.length === 1 ? '' : 's'} to fix before sending
          </h3>
          {list('error', errors)}
        </>
      ) : null}
      {warnings.length > 0 ? (
        <>
          <h3>
            {warnings.length} warning{warnings.length === 1 ? '' : 's'}
          </h3>
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
  const completeness = useCompleteness(reviewId);
  return (
    <section className="card" aria-labelledby="completeness-title" data-testid="completeness">
      <div className="editor__bar">
        <h2 id="completeness-title">Completeness</h2>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void completeness.refetch()}
          disabled={completeness.isFetching}
        >
          {completeness.isFetching && !completeness.isPending ? 'Checking…' : 'Check again'}
        </button>
      </div>
      <QueryGate
        query={completeness}
        loading="Checking the report…"
        errorTitle="The report could not be checked"
      >
        {(data) => (
          <>
            <p
              className={`notice ${sentNote ? 'notice--info' : data.ready ? 'notice--success' : 'notice--warning'}`}
              data-testid="completeness-verdict"
            >
              {sentNote ??
                (data.ready
                  ? 'The report is ready to send.'
                  : 'The report is not ready to send: fix the errors below.')}
            </p>
            {data.items.length === 0 ? <p className="muted">Nothing to fix.</p> : null}
            <CompletenessItems reviewId={reviewId} items={data.items} />
          </>
        )}
      </QueryGate>
    </section>
  );
}
