import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../lib/api-client';
import { ErrorPanel } from './error-panel';
import type { GatedQuery } from './query-gate';
import { Loading } from './spinner';

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
  /** What the page is of, in lower case: "review", "vote", "workshop". */
  noun: string;
  children: (data: TData) => ReactNode;
}) {
  const { data, error, isError } = query;
  if (data === undefined && !isError) {
    return (
      <div className="page">
        <Loading label={`Loading the ${noun}…`} />
      </div>
    );
  }
  if (data === undefined) {
    const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
    const name = noun.charAt(0).toUpperCase() + noun.slice(1);
    return (
      <div className="page">
        <title>{`${name} not available — GCM Review Tracker`}</title>
        <ErrorPanel
          title={notFound ? `${name} not found` : `The ${noun} could not be loaded`}
          error={error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
          heading="h1"
        >
          <Link to="/reviews">Go to the list of reviews</Link>
        </ErrorPanel>
      </div>
    );
  }
  return <>{children(data)}</>;
}
