import type { ReactNode } from 'react';
import { ErrorPanel } from './error-panel';
import { Loading } from './spinner';

/** The part of a TanStack query result the gate reads (a `UseQueryResult` fits). */
export interface GatedQuery<TData> {
  data: TData | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

interface QueryGateProps<TData> {
  query: GatedQuery<TData>;
  /** Read out while loading: "Loading progress…". */
  loading: string;
  /** The error panel's title: "Progress could not be loaded". */
  errorTitle: string;
  /** When given and true for the data, `empty` is shown instead of the children. */
  isEmpty?: (data: TData) => boolean;
  /** What to say when there is nothing: a plain text becomes a muted paragraph. */
  empty?: ReactNode;
  children: (data: TData) => ReactNode;
}

/**
 * One place for the four states of a query: loading, failed (with a retry), empty, and the data.
 * Nothing about the data is assumed: the children receive it once it is there.
 */
export function QueryGate<TData>({
  query,
  loading,
  errorTitle,
  isEmpty,
  empty,
  children,
}: QueryGateProps<TData>) {
  if (query.isPending) return <Loading label={loading} />;
  if (query.isError) {
    return (
      <ErrorPanel
        title={errorTitle}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const data = query.data as TData;
  if (isEmpty?.(data)) {
    return typeof empty === 'string' ? <p className="muted">{empty}</p> : empty;
  }
  return <>{children(data)}</>;
}

/** Two queries as one for a gate: loading while either loads, failed (retrying both) if either fails. */
export function bothQueries<A, B>(a: GatedQuery<A>, b: GatedQuery<B>): GatedQuery<[A, B]> {
  return {
    data: a.data !== undefined && b.data !== undefined ? [a.data, b.data] : undefined,
    error: a.error ?? b.error,
    isPending: a.isPending || b.isPending,
    isError: a.isError || b.isError,
    isFetching: a.isFetching || b.isFetching,
    refetch: () => Promise.all([a.refetch(), b.refetch()]),
  };
}
