import { fireEvent, screen } from '@testing-library/react';
import { renderUi } from '../../testing/render-ui';
import { bothQueries, type GatedQuery, QueryGate } from './query-gate';

function query(overrides: Partial<GatedQuery<string[]>>): GatedQuery<string[]> {
  return {
    data: undefined,
    error: null,
    isPending: false,
    isError: false,
    isFetching: false,
    refetch: jest.fn(() => Promise.resolve()),
    ...overrides,
  };
}

function gate(state: GatedQuery<string[]>) {
  return renderUi(
    <QueryGate
      query={state}
      loading="Loading rows…"
      errorTitle="The rows could not be loaded"
      isEmpty={(rows) => rows.length === 0}
      empty="No row yet."
    >
      {(rows) => (
        <ul data-testid="rows">
          {rows.map((row) => (
            <li key={row}>{row}</li>
          ))}
        </ul>
      )}
    </QueryGate>,
  );
}

describe('QueryGate', () => {
  it('says what is loading while the query is pending', () => {
    gate(query({ isPending: true }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading rows…');
  });

  it('shows the error with a retry that refetches', () => {
    const failed = query({ isError: true, error: new Error('Server down') });
    gate(failed);
    expect(screen.getByRole('alert')).toHaveTextContent('The rows could not be loaded');
    expect(screen.getByRole('alert')).toHaveTextContent('Server down');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(failed.refetch).toHaveBeenCalledTimes(1);
  });

  it('shows the empty message when there is nothing', () => {
    gate(query({ data: [] }));
    expect(screen.getByText('No row yet.')).toHaveClass('muted');
    expect(screen.queryByTestId('rows')).toBeNull();
  });

  it('hands the data to its children', () => {
    gate(query({ data: ['a', 'b'] }));
    expect(screen.getByTestId('rows')).toHaveTextContent('ab');
  });

  it('gates two queries as one: loading while either loads, failed if either fails, retrying both', async () => {
    const first = query({ data: ['a'] });
    const second = query({ isPending: true });
    expect(bothQueries(first, second)).toMatchObject({ isPending: true, data: undefined });
    const failed = query({ isError: true, error: new Error('Server down') });
    const both = bothQueries(first, failed);
    expect(both).toMatchObject({ isError: true, error: failed.error });
    await both.refetch();
    expect(first.refetch).toHaveBeenCalledTimes(1);
    expect(failed.refetch).toHaveBeenCalledTimes(1);
    expect(bothQueries(first, query({ data: ['b'] })).data).toEqual([['a'], ['b']]);
  });
});
