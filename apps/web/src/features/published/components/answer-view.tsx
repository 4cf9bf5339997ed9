import type { TPublicAnswerNode } from '@gcm/domain';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { TextBlocks } from '../../../components/ui/text-blocks';
import { TableHeader, TextTable } from '../../../components/ui/text-table';

function AnswerNode({ node }: { node: TPublicAnswerNode }) {
  switch (node.kind) {
    case 'paragraph':
      return (
        <div className="formatted-text">
          <TextBlocks blocks={node.blocks} />
        </div>
      );
    case 'note':
      return <p className="muted">{node.text}</p>;
    case 'principles-table':
      return (
        <ScrollArea>
          <table className="data-table">
            <TableHeader cells={node.header} />
            <tbody>
              {node.rows.map((row) => (
                <tr key={row.principle}>
                  <th scope="row">{row.principle}</th>
                  <td>
                    {row.integrated === 'yes' ? 'Yes' : row.integrated === 'no' ? 'No' : 'Not answered'}
                  </td>
                  <td className="pre-wrap">{row.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      );
    case 'priority-table':
      return (
        <ScrollArea>
          <table className="data-table priority-table">
            <TableHeader cells={node.header} />
            <tbody>
              {node.rows.map(([objective, reason]) => (
                <tr key={objective}>
                  <th scope="row">{objective}</th>
                  <td className="pre-wrap">{reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      );
    case 'table':
      return <TextTable header={node.header} rows={node.rows} />;
  }
}

/** A published answer: its text, its table, or a note ("Not applicable", "No answer"). */
export function AnswerView({ nodes }: { nodes: readonly TPublicAnswerNode[] }) {
  return (
    <>
      {nodes.map((node, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the nodes of a sent answer are in a fixed order
        <AnswerNode key={index} node={node} />
      ))}
    </>
  );
}
