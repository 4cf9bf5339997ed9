import type { TReportOutlineNode } from '@gcm/domain';
import { QueryGate } from '../../../components/ui/query-gate';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { TextBlocks } from '../../../components/ui/text-blocks';
import { TextTable } from '../../../components/ui/text-table';
import { reportDocxUrl } from '../../../lib/downloads';
import { useT } from '../../../lib/i18n/use-t';
import { useReportPreview } from '../api/get-report-preview';

/** Preview anchors are prefixed so they never clash with the ids of the page around them. */
export function previewAnchor(anchor: string): string {
  return `report-${anchor}`;
}

/**
 * A node of the compiled report. Its text is the report's, in the questionnaire's language (the
 * words the tool adds, "Objective 1", "Attachment 2", are the Word document's too): not translated.
 */
function OutlineNode({ node }: { node: TReportOutlineNode }) {
  switch (node.kind) {
    case 'title':
      return (
        <header className="report__title">
          <h3>{node.text}</h3>
          {node.subtitle ? <p className="muted">{node.subtitle}</p> : null}
        </header>
      );
    case 'heading': {
      const Tag = node.level === 1 ? 'h3' : node.level === 2 ? 'h4' : 'h5';
      return <Tag id={previewAnchor(node.anchor)}>{node.text}</Tag>;
    }
    case 'paragraph':
      return (
        <div className="formatted-text">
          <TextBlocks blocks={node.blocks} />
        </div>
      );
    case 'contact':
      return (
        <table className="data-table" data-testid="preview-contact">
          <tbody>
            {node.rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'consent':
      return <p data-testid="preview-consent">{node.text}</p>;
    case 'principles-table':
      return (
        <ScrollArea>
          <table className="data-table" data-testid="preview-principles">
            <thead>
              <tr>
                {node.header.map((cell) => (
                  <th key={cell} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {node.rows.map((row) => (
                <tr key={row.principle}>
                  <th scope="row">{row.principle}</th>
                  <td>
                    {row.integrated === 'yes' ? (
                      <span>
                        <span aria-hidden="true">✓</span>
                        <span className="visually-hidden">Yes</span>
                      </span>
                    ) : row.integrated === 'no' ? (
                      <span>
                        <span aria-hidden="true">✗</span>
                        <span className="visually-hidden">No</span>
                      </span>
                    ) : (
                      <span className="muted">Not answered</span>
                    )}
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
          <table className="data-table priority-table" data-testid="preview-priorities">
            <thead>
              <tr>
                <th scope="col">{node.header[0]}</th>
                <th scope="col">{node.header[1]}</th>
              </tr>
            </thead>
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
      return <TextTable header={node.header} rows={node.rows} testId="preview-table" />;
    case 'objective-list':
      return (
        <ul className="objectives">
          {node.items.map((item) => (
            <li key={item.number} className="objective">
              <span className="objective__number">Objective {item.number}</span> — {item.title}
            </li>
          ))}
        </ul>
      );
    case 'attachments':
      return (
        <ul className="attachments-list" data-testid="preview-attachments">
          {node.items.map((item) => (
            <li key={item.number} className="attachments-list__item">
              <strong>Attachment {item.number}</strong>: {item.description}{' '}
              <span className="muted">({item.fileName})</span>
            </li>
          ))}
        </ul>
      );
    case 'note':
      return <p className="muted">{node.text}</p>;
  }
}

/** (b) The report as it would be compiled now, and the Word document itself. */
export function ReportPreview({ reviewId }: { reviewId: string }) {
  const reportPreview = useReportPreview(reviewId);
  const t = useT();
  return (
    <section className="card" aria-labelledby="preview-title" data-testid="report-preview">
      <div className="editor__bar">
        <h2 id="preview-title">{t('report.preview.title')}</h2>
        <span className="inline-links">
          <a href={reportDocxUrl(reviewId)} className="button button--secondary" download>
            {t('report.preview.download')}
          </a>{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void reportPreview.refetch()}
            disabled={reportPreview.isFetching}
          >
            {t('report.preview.refresh')}
          </button>
        </span>
      </div>
      <QueryGate
        query={reportPreview}
        loading={t('report.preview.loading')}
        errorTitle={t('report.preview.loadError')}
      >
        {(data) => (
          <>
            <p className="muted">
              {data.version > 1
                ? t('report.preview.amended', { version: data.version, count: data.attachments.length })
                : t('report.preview.first', { count: data.attachments.length })}
            </p>
            <div className="report" data-testid="report-outline">
              {data.outline.map((node, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the outline is a static document in reading order
                <OutlineNode key={index} node={node} />
              ))}
            </div>
          </>
        )}
      </QueryGate>
    </section>
  );
}
