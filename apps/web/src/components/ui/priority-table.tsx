import type { TPriorityList } from '@gcm/domain';
import { useT } from '../../lib/i18n/use-t';
import { ScrollArea } from './scroll-area';

const DEFAULT_COLUMNS = ['Priority GCM objective', 'Reasons for prioritisation'] as const;

/**
 * The answer to the priority-objectives question (ESCAP 2020: question 7) as the questionnaire asks
 * for it: a two-column table, "Priority GCM objective" and "Reasons for prioritisation" unless the
 * questionnaire names its columns otherwise, in the coordinator's order.
 */
export function PriorityTable({
  priorities,
  caption,
  columns = DEFAULT_COLUMNS,
}: {
  priorities: TPriorityList['priorities'];
  caption?: string;
  columns?: readonly [string, string] | undefined;
}) {
  const t = useT();
  const rows = [...priorities].sort((a, b) => a.position - b.position);
  return (
    <ScrollArea>
      <table className="data-table priority-table" data-testid="priority-table">
        <caption className="visually-hidden">{caption ?? t('ui.priority.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{columns[0]}</th>
            <th scope="col">{columns[1]}</th>
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
    </ScrollArea>
  );
}
