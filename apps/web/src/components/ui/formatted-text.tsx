import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n/use-t';

type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const LIST_ITEM = /^\s*-\s+(.*)$/;

/** Paragraphs separated by blank lines; within a paragraph, lines starting "- " become a list. */
export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    let paragraph: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
      if (items.length > 0) blocks.push({ kind: 'list', items });
      paragraph = [];
      items = [];
    };
    for (const line of chunk.split('\n')) {
      if (line.trim() === '') continue;
      const item = LIST_ITEM.exec(line);
      if (item) {
        if (paragraph.length > 0) flush();
        items.push(item[1] ?? '');
      } else {
        if (items.length > 0) flush();
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/** A contribution as it reads: paragraphs and lists. */
export function FormattedText({ text, emptyText }: { text: string; emptyText?: string }) {
  const t = useT();
  const blocks = parseBlocks(text);
  if (blocks.length === 0) return <p className="muted">{emptyText ?? t('ui.text.empty')}</p>;
  const out: ReactNode[] = [];
  let key = 0;
  for (const block of blocks) {
    key += 1;
    if (block.kind === 'paragraph') {
      out.push(
        <p key={key} className="pre-wrap">
          {block.text}
        </p>,
      );
    } else {
      const items: ReactNode[] = [];
      for (const item of block.items) {
        key += 1;
        items.push(<li key={key}>{item}</li>);
      }
      out.push(<ul key={key}>{items}</ul>);
    }
  }
  return <div className="formatted-text">{out}</div>;
}
