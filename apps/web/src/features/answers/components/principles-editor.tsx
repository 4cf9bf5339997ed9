import { GUIDING_PRINCIPLES, type TReportPrinciple } from '@gcm/domain';
import { ScrollArea } from '../../../components/ui/scroll-area';

function titleOf(key: string): string {
  return GUIDING_PRINCIPLES.find((principle) => principle.key === key)?.title ?? key;
}

interface PrinciplesEditorProps {
  rows: readonly TReportPrinciple[];
  /** Left out: the table is shown read-only. */
  onChange?: (key: TReportPrinciple['key'], change: Partial<Omit<TReportPrinciple, 'key'>>) => void;
}

/** Question 5: has each guiding principle been integrated (yes/no), and how. */
export function PrinciplesEditor({ rows, onChange }: PrinciplesEditorProps) {
  return (
    <ScrollArea>
      <table className="data-table principles-table" data-testid="principles-table">
        <caption className="visually-hidden">
          Guiding principles integrated in the implementation of the GCM
        </caption>
        <thead>
          <tr>
            <th scope="col">Guiding principle</th>
            <th scope="col">Principle has been integrated</th>
            <th scope="col">Explanation</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const title = titleOf(row.key);
            return (
              <tr key={row.key} data-testid={`principle-${row.key}`}>
                <th scope="row">{title}</th>
                <td>
                  {onChange ? (
                    <fieldset className="fieldset">
                      <legend className="visually-hidden">{title}: integrated?</legend>
                      <label className="choice">
                        <input
                          type="radio"
                          name={`principle-${row.key}`}
                          aria-label={`${title} — yes`}
                          checked={row.integrated === true}
                          onChange={() => onChange(row.key, { integrated: true })}
                        />{' '}
                        Yes
                      </label>{' '}
                      <label className="choice">
                        <input
                          type="radio"
                          name={`principle-${row.key}`}
                          aria-label={`${title} — no`}
                          checked={row.integrated === false}
                          onChange={() => onChange(row.key, { integrated: false })}
                        />{' '}
                        No
                      </label>
                    </fieldset>
                  ) : row.integrated === null ? (
                    <span className="muted">Not answered</span>
                  ) : row.integrated ? (
                    <span>
                      <span aria-hidden="true">✓ </span>Yes
                    </span>
                  ) : (
                    <span>
                      <span aria-hidden="true">✗ </span>No
                    </span>
                  )}
                </td>
                <td>
                  {onChange ? (
                    <textarea
                      className="input"
                      rows={3}
                      aria-label={`Explanation — ${title}`}
                      value={row.explanation}
                      onChange={(event) => onChange(row.key, { explanation: event.target.value })}
                    />
                  ) : (
                    <span className="pre-wrap">{row.explanation}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollArea>
  );
}
