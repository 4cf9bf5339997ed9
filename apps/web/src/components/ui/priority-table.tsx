import type { TPriorityList } from '@gcm/domain';

/**
 * The answer to question 7 as the survey asks for it: a two-column table, "Priority GCM objective"
 * and "Reasons for prioritisation", in the coordinator's order.
 */
export function PriorityTable({
  priorities,
  caption = 'Priority GCM objectives and the reasons for prioritising them',
}: {
  priorities: TPriorityList['priorities'];
  caption?: string;
}) {
  const rows = [...priorities].sort((a, b) => a.position - b.position);
  return (
    <div className="table-scroll">
      <table className="data-table priority-table" data-testid="priority-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Priority GCM objective</th>
            <th scope="col">Reasons for prioritisation</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.objective} data-testid={`priority-${row.objective}`}>
              <th scope="row" className="priority-table__objective">
                {row.objective}. {row.title}
              </th>
              <td className="pre-wrap">{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
