import { useT } from '../../lib/i18n/use-t';
import { ErrorPanel } from './error-panel';

/** The part of a TanStack infinite query result the button reads (a `UseInfiniteQueryResult` fits). */
export interface PagedQuery {
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** Below a list loaded page by page: a button for the next page, or "That is everything." at the end. */
export function LoadMore({
  query,
  label,
  errorTitle,
}: {
  query: PagedQuery;
  label: string;
  errorTitle: string;
}) {
  const t = useT();
  return (
    <>
      {query.isFetchNextPageError ? <ErrorPanel title={errorTitle} error={query.error} /> : null}
      {query.hasNextPage ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
          >
            {query.isFetchingNextPage ? t('ui.loadMore.loading') : label}
          </button>
        </p>
      ) : (
        <p className="muted">{t('ui.loadMore.end')}</p>
      )}
    </>
  );
}
