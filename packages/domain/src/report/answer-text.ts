import type { TTextBlock } from './report.schemas';

/**
 * Answers are written as plain text, the way people write e-mails:
 *
 * - paragraphs are separated by blank lines; single line breaks inside a paragraph are just wrapping;
 * - a line starting with "- ", "* ", "+ " or "• " is a bullet, "1. " or "2) " a numbered item;
 *   consecutive items of the same kind form one list, even with blank lines between them;
 * - an item wraps onto the following indented lines;
 * - a bullet may start right under a paragraph line ("…the following objectives:\n- To review…"),
 *   a numbered list only with "1." (so a wrapped line that happens to start with "18. " stays text).
 */

/** A list marker at the start of a line, then the item text (possibly empty). */
const MARKER = /^\s*(?:([-*+•])|(\d{1,3})[.)])(?:\s+([\s\S]*))?$/u;
const BLANK = /^\s*$/u;
const INDENTED = /^\s/u;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/u;

function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

type OpenBlock =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: string[][]; blankSinceItem: boolean };

export function parseAnswerText(body: string): TTextBlock[] {
  const raw: TTextBlock[] = [];
  let open: OpenBlock | null = null;

  const close = (): void => {
    if (open?.kind === 'paragraph') {
      raw.push({ kind: 'paragraph', text: normalise(open.lines.join(' ')) });
    } else if (open?.kind === 'list') {
      raw.push({
        kind: 'list',
        ordered: open.ordered,
        items: open.items.map((parts) => normalise(parts.join(' '))),
      });
    }
    open = null;
  };

  for (const line of body.replace(/^\uFEFF/u, '').split(LINE_BREAK)) {
    if (BLANK.test(line)) {
      if (open?.kind === 'paragraph') close();
      else if (open?.kind === 'list') open.blankSinceItem = true;
      continue;
    }

    const marker = MARKER.exec(line);
    if (marker) {
      const ordered = marker[2] !== undefined;
      const text = marker[3] ?? '';
      if (open?.kind === 'paragraph') {
        if (ordered && Number(marker[2]) !== 1) {
          open.lines.push(line);
          continue;
        }
        close();
      }
      if (open?.kind === 'list' && open.ordered === ordered) {
        open.items.push([text]);
        open.blankSinceItem = false;
      } else {
        close();
        open = { kind: 'list', ordered, items: [[text]], blankSinceItem: false };
      }
      continue;
    }

    if (open?.kind === 'list') {
      const last = open.items[open.items.length - 1];
      if (!open.blankSinceItem && INDENTED.test(line) && last) {
        last.push(line);
        continue;
      }
      close();
    }
    if (open?.kind === 'paragraph') open.lines.push(line);
    else open = { kind: 'paragraph', lines: [line] };
  }
  close();

  return tidy(raw);
}

/** Drops empty items and lists, and joins lists of the same kind that end up next to each other. */
function tidy(blocks: readonly TTextBlock[]): TTextBlock[] {
  const result: TTextBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (block.text.length > 0) result.push(block);
      continue;
    }
    const items = block.items.filter((item) => item.length > 0);
    if (items.length === 0) continue;
    const previous = result[result.length - 1];
    if (previous?.kind === 'list' && previous.ordered === block.ordered) previous.items.push(...items);
    else result.push({ kind: 'list', ordered: block.ordered, items });
  }
  return result;
}

/** Writes blocks back as plain text that parseAnswerText reads into the same blocks. */
export function answerToPlainText(blocks: readonly TTextBlock[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const text = normalise(block.text);
      if (text.length > 0) parts.push(text);
      continue;
    }
    const items = block.items.map(normalise).filter((item) => item.length > 0);
    if (items.length === 0) continue;
    parts.push(
      items.map((item, index) => (block.ordered ? `${index + 1}. ${item}` : `- ${item}`)).join('\n'),
    );
  }
  return parts.join('\n\n');
}

/** An attachment number: one to three digits, not part of a longer number or a decimal. */
const NUMBER = String.raw`\d{1,3}(?!\d|\.\d)`;
const RANGE_SEPARATOR = String.raw`\s*(?:-|–|—|to\b)\s*`;
const ITEM = `${NUMBER}(?:${RANGE_SEPARATOR}${NUMBER})?`;
const REFERENCE = new RegExp(
  String.raw`\battachments?\s+(?:nos?\.?\s*|#\s*)?(${ITEM}(?:\s*,\s*${ITEM})*(?:\s*,?\s*(?:and|&)\s+${ITEM})?)`,
  'giu',
);
const REFERENCE_ITEM = new RegExp(String.raw`(\d{1,3})(?:${RANGE_SEPARATOR}(\d{1,3}))?`, 'gu');
const MAX_RANGE = 100;

/**
 * The attachments a text refers to, sorted and without repeats: "see Attachment 1",
 * "(Please see more information in Attachment 3.)", "Attachments 2 and 4", "Attachments 1, 2 and 5",
 * "Attachments 1-3" (a range), "Attachment No. 2".
 */
export function findAttachmentReferences(body: string): number[] {
  const found = new Set<number>();
  for (const reference of body.matchAll(REFERENCE)) {
    for (const item of (reference[1] ?? '').matchAll(REFERENCE_ITEM)) {
      const first = Number(item[1]);
      const last = item[2] === undefined ? first : Number(item[2]);
      if (last > first && last - first <= MAX_RANGE) {
        for (let n = first; n <= last; n += 1) found.add(n);
      } else {
        found.add(first);
        found.add(last);
      }
    }
  }
  found.delete(0);
  return [...found].sort((a, b) => a - b);
}
