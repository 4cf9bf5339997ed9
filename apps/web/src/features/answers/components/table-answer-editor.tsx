import type { TTableColumn, TTableRow } from '@gcm/domain';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { errorFor, type FieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';

/** A row with no text in any column (the API drops such rows when it saves). */
export function emptyRow(columns: readonly TTableColumn[]): TTableRow {
  return Object.fromEntries(columns.map((column) => [column.key, '']));
}

interface TableAnswerEditorProps {
  columns: readonly TTableColumn[];
  rows: readonly TTableRow[];
  /** Read by screen readers: "Answer to question N1". */
  caption: string;
  /** Left out: the table is shown read-only. */
  onChange?: (rows: TTableRow[]) => void;
  /** Field errors keyed "data.rows.<index>.<column key>" (the API's paths). */
  errors?: FieldErrors;
  testId?: string;
}

/**
 * A table question's answer: one row per entry, one text per column. Editable, each cell is a
 * labelled text field ("Measure, row 2") and each row has its own remove button; focus goes to the
 * new row's first field after "Add a row", and to the row that takes the removed one's place.
 */
export function TableAnswerEditor({
  columns,
  rows,
  caption,
  onChange,
  errors = {},
  testId = 'table-answer',
}: TableAnswerEditorProps) {
  const t = useT();
  const firstCells = useRef(new Map<number, HTMLTextAreaElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);

  useEffect(() => {
    if (focusRow === null) return;
    const target = firstCells.current.get(focusRow) ?? addButton.current;
    target?.focus();
    setFocusRow(null);
  }, [focusRow]);

  if (columns.length === 0) {
    return <p className="muted">{t('answers.table.noColumns')}</p>;
  }

  const setCell = (index: number, key: string, value: string) =>
    onChange?.(rows.map((row, at) => (at === index ? { ...row, [key]: value } : { ...row })));
  const addRow = () => {
    onChange?.([...rows.map((row) => ({ ...row })), emptyRow(columns)]);
    setFocusRow(rows.length);
  };
  const removeRow = (index: number) => {
    onChange?.(rows.filter((_, at) => at !== index).map((row) => ({ ...row })));
    setFocusRow(rows.length - 1 > index ? index : rows.length - 2);
  };

  return (
    <div className="table-answer" data-testid={testId}>
      <ScrollArea>
        <table className="data-table table-answer__table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="table-answer__number">
                <span className="visually-hidden">{t('answers.table.row')}</span>
              </th>
              {columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.title}
                </th>
              ))}
              {onChange ? (
                <th scope="col">
                  <span className="visually-hidden">{t('answers.table.actions')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              // Rows have no identity of their own: every cell is controlled, so the index is enough.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={index} data-testid={`table-row-${index + 1}`}>
                <th scope="row" className="table-answer__number">
                  {index + 1}
                </th>
                {columns.map((column, c) => {
                  const error = errorFor(errors, `data.rows.${index}.${column.key}`);
                  const errorId = `${testId}-${index}-${column.key}-error`;
                  return (
                    <td key={column.key}>
                      {onChange ? (
                        <>
                          <textarea
                            className="input"
                            rows={2}
                            aria-label={t('answers.table.cell', { column: column.title, row: index + 1 })}
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? errorId : undefined}
                            value={row[column.key] ?? ''}
                            onChange={(event) => setCell(index, column.key, event.target.value)}
                            ref={(element) => {
                              if (c !== 0) return;
                              if (element) firstCells.current.set(index, element);
                              else firstCells.current.delete(index);
                            }}
                          />
                          {error ? (
                            <p className="field__error" id={errorId}>
                              {error}
                            </p>
                          ) : null}
                        </>
                      ) : (
                        <span className="pre-wrap">{row[column.key] ?? ''}</span>
                      )}
                    </td>
                  );
                })}
                {onChange ? (
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => removeRow(index)}
                    >
                      <FormattedMessage
                        id="answers.table.remove"
                        values={{
                          row: index + 1,
                          hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                        }}
                      />
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      {rows.length === 0 ? <p className="muted">{t('answers.table.noRows')}</p> : null}
      {onChange ? (
        <p>
          <button type="button" className="button button--secondary" onClick={addRow} ref={addButton}>
            {t('answers.table.addRow')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
