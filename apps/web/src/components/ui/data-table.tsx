import type { ReactNode } from 'react';
import { ScrollArea } from './scroll-area';

/** A column heading; `{ hidden }` is read by screen readers only (a column of buttons or links). */
export type DataTableColumn = string | { hidden: string };

interface DataTableProps {
  /** Read by screen readers only: what the table lists. */
  caption: ReactNode;
  columns: readonly DataTableColumn[];
  /** On narrow screens each row becomes a card (its cells carry `data-label`). */
  stack?: boolean;
  /**
   * A bordered list of things (reviews, assignments, events) rather than a grid of figures:
   * roomier cells, and on narrow screens always framed cards.
   */
  framed?: boolean;
  className?: string;
  testId?: string;
  /** The rows. */
  children: ReactNode;
}

/** A scrollable data table with a hidden caption and one row of column headings. */
export function DataTable({
  caption,
  columns,
  stack = false,
  framed = false,
  className,
  testId,
  children,
}: DataTableProps) {
  const look = framed ? 'reviews-table' : stack ? 'data-table data-table--stack' : 'data-table';
  const classes = [look, className ?? null].filter(Boolean);
  return (
    <ScrollArea>
      <table className={classes.join(' ')} data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === 'string' ? (
                <th key={column} scope="col">
                  {column}
                </th>
              ) : (
                <th key={column.hidden} scope="col">
                  <span className="visually-hidden">{column.hidden}</span>
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollArea>
  );
}

/** A count of overdue things, marked as a danger when there is any. */
export function OverdueCell({ count, label }: { count: number; label?: string }) {
  return (
    <td data-label={label} className={count > 0 ? 'cell--danger' : undefined}>
      {count > 0 ? <span aria-hidden="true">✕ </span> : null}
      {count}
    </td>
  );
}
