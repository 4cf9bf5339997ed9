import { parseAnswerText, type TTextBlock } from '@gcm/domain';
import { useT } from '../../lib/i18n/use-t';

/** Paragraphs and lists as the report reads them (blocks from the outline or from parseAnswerText). */
export function TextBlocks({ blocks }: { blocks: readonly TTextBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        const key = `${block.kind}-${index}`;
        if (block.kind === 'paragraph') return <p key={key}>{block.text}</p>;
        const items = block.items.map((item, itemIndex) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items of a static text have no identity of their own
          <li key={itemIndex}>{item}</li>
        ));
        return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
      })}
    </>
  );
}

/** An answer's plain text ("- " and "1. " lists, blank-line paragraphs) as it will read in the report. */
export function AnswerText({ text, emptyText }: { text: string; emptyText?: string }) {
  const t = useT();
  const blocks = parseAnswerText(text);
  if (blocks.length === 0) return <p className="muted">{emptyText ?? t('ui.text.empty')}</p>;
  return (
    <div className="formatted-text">
      <TextBlocks blocks={blocks} />
    </div>
  );
}
