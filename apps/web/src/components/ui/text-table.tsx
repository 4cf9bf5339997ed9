import { ScrollArea } from './scroll-area';
/** Column titles of a compiled table. */
export function TableHeader({ cells }: { cells: readonly string[] }) {
  return (
    <thead>
      <tr>
        {cells.map((cell, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: column titles may repeat
          <th key={index} scope="col">
            {cell}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A table answer as compiled: column titles and rows of plain-text cells (report preview, public page). */
export function TextTable({
  header,
  rows,
  testId,
}: {
  header: readonly string[];
  rows: readonly (readonly string[])[];
  testId?: string;
}) {
  return (
    <ScrollArea>
      <table className="data-table" data-testid={testId}>
        <TableHeader cells={header} />
        <tbody>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
            <tr key={index}>
              {row.map((cell, column) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its column
                <td key={column} className="pre-wrap">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
