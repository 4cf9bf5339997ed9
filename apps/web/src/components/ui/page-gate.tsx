import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../lib/api-client';
import { type MessageId, useT } from '../../lib/i18n/use-t';
import { ErrorPanel } from './error-panel';
import type { GatedQuery } from './query-gate';
import { Loading } from './spinner';

/** What a page gate can be the page of. */
export type PageNoun = 'review' | 'vote' | 'workshop' | 'country directory';

/** Each noun's own sentences (a translation agrees with its noun; nothing is pieced together). */
const PAGE_MESSAGES = {
  review: {
    loading: 'ui.page.loading.review',
    notFound: 'ui.page.notFound.review',
    failed: 'ui.page.failed.review',
    unavailable: 'ui.page.unavailable.review',
  },
  vote: {
    loading: 'ui.page.loading.vote',
    notFound: 'ui.page.notFound.vote',
    failed: 'ui.page.failed.vote',
    unavailable: 'ui.page.unavailable.vote',
  },
  workshop: {
    loading: 'ui.page.loading.workshop',
    notFound: 'ui.page.notFound.workshop',
    failed: 'ui.page.failed.workshop',
    unavailable: 'ui.page.unavailable.workshop',
  },
  'country directory': {
    loading: 'ui.page.loading.directory',
    notFound: 'ui.page.notFound.directory',
    failed: 'ui.page.failed.directory',
    unavailable: 'ui.page.unavailable.directory',
  },
} as const satisfies Record<PageNoun, Record<string, MessageId>>;

/**
 * The page of one thing (a review, a vote, a workshop) until that thing is loaded: a spinner, then
 * "… not found" or "… could not be loaded" with a retry and a way back to the reviews. Once loaded, a
 * failed background refresh keeps the page (and any form being filled in).
 */
export function PageGate<TData>({
  query,
  noun,
  children,
}: {
  query: GatedQuery<TData>;
  /** What the page is of: "review", "vote", "workshop", "country directory". */
  noun: PageNoun;
  children: (data: TData) => ReactNode;
}) {
  const t = useT();
  const messages = PAGE_MESSAGES[noun];
  const { data, error, isError } = query;
  if (data === undefined && !isError) {
    return (
      <div className="page">
        <Loading label={t(messages.loading)} />
      </div>
    );
  }
  if (data === undefined) {
    const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
    return (
      <div className="page">
        <title>{`${t(messages.unavailable)} — ${t('shell.brand')}`}</title>
        <ErrorPanel
          title={t(notFound ? messages.notFound : messages.failed)}
          error={error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
          heading="h1"
        >
          <Link to="/reviews">{t('ui.page.backToReviews')}</Link>
        </ErrorPanel>
      </div>
    );
  }
  return <>{children(data)}</>;
}
