import { randomBytes } from 'node:crypto';
import { Preview } from '@react-email/components';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { MailText } from './mail-i18n';
import { renderHtml } from './render';

/**
 * Where a fact goes in a template rendered for its shape: a character of Unicode's private use area
 * and a random token drawn at start, then the slot's number, then another private-use character.
 * Translations and markup never hold them, and no text a person typed can pass for one.
 */
const SLOT_OPEN = `\uE000${randomBytes(6).toString('hex')}`;
const SLOT_CLOSE = '\uE001';
const SLOTS = new RegExp(`${SLOT_OPEN}(\\d+|p)${SLOT_CLOSE}`, 'g');
/** The slot of the preview (react-email's Preview pads it to a length, so it is rendered alone). */
export const PREVIEW_SLOT = `${SLOT_OPEN}p${SLOT_CLOSE}`;

/** Whether a text holds a slot, i.e. is being rendered for a shape rather than for an e-mail. */
export function holdsSlot(value: string): boolean {
  return value.includes(SLOT_OPEN);
}

/** React's escaping of text and attribute values, character for character. */
const ESCAPES: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#x27;',
  '<': '&lt;',
  '>': '&gt;',
};
const ESCAPED = /["&'<>]/g;
const NEEDS_ESCAPING = /["&'<>]/;

export function escapeHtml(value: string): string {
  return NEEDS_ESCAPING.test(value) ? value.replace(ESCAPED, (c) => ESCAPES[c] ?? c) : value;
}

type StringFacts<F> = { [K in keyof F]-?: F[K] extends string | undefined ? K : never }[keyof F] & string;

export interface HtmlShapesOptions<F> {
  /** The template. */
  render(facts: F, text: MailText): ReactElement;
  /**
   * The facts that are text put into the e-mail as they are (escaped), wherever the template puts
   * them: in markup, in attributes, as arguments of messages. Each becomes a slot; one left out
   * is empty, as `?? ''` in a template makes it.
   */
  slots: readonly StringFacts<F>[];
  /**
   * What else the HTML depends on, besides the language: the facts that choose a branch or a
   * plural, or are numbers formatted in the language. Facts of the same shape fill the same HTML.
   */
  shapeOf(facts: F): string;
  /** Shapes kept at most (the oldest used is dropped first). */
  max?: number;
}

/**
 * The HTML of a bulk template (the reminders: thousands go out at once) without rendering React
 * for each e-mail. The template is rendered once per language and shape, with a slot where each
 * text fact goes, and split there; an e-mail's HTML is then those pieces joined with its facts,
 * escaped as React escapes them. The preview line is rendered alone (react-email pads it to its
 * length). The result is the HTML React renders for the same facts, character for character
 * (html-shapes.spec.ts compares them), at a fraction of the time and of
 * the garbage, and as one flat string rather than React's rope of pieces.
 */
export class HtmlShapes<F> {
  private readonly shapes = new Map<string, string[]>();

  constructor(private readonly options: HtmlShapesOptions<F>) {}

  /** The e-mail's HTML; `preview` is its preview line (the subject, for a reminder). */
  html(facts: F, text: MailText, preview: string): string {
    const pieces = this.piecesFor(facts, text);
    const { slots } = this.options;
    const parts = pieces.slice();
    for (let i = 1; i < parts.length; i += 2) {
      const slot = parts[i];
      parts[i] =
        slot === 'p' ? previewHtml(preview) : escapeHtml(String(facts[slots[Number(slot)] as keyof F] ?? ''));
    }
    // join makes one flat string (React's output is a rope of its pieces, read slowly by nodemailer).
    return parts.join('');
  }

  /** Shapes rendered so far (for tests). */
  get size(): number {
    return this.shapes.size;
  }

  private piecesFor(facts: F, text: MailText): string[] {
    const key = `${text.locale}\u0000${this.options.shapeOf(facts)}`;
    let pieces = this.shapes.get(key);
    if (pieces) {
      // Most recently used last, so the first key is the one to drop.
      this.shapes.delete(key);
    } else {
      const slotted = { ...facts };
      this.options.slots.forEach((name, i) => {
        (slotted as Record<string, unknown>)[name] = `${SLOT_OPEN}${i}${SLOT_CLOSE}`;
      });
      // split with a capturing group: literal HTML at even indexes, slot names at odd ones.
      pieces = renderHtml(this.options.render(slotted, text)).split(SLOTS);
      const max = this.options.max ?? 500;
      if (this.shapes.size >= max) {
        const oldest = this.shapes.keys().next().value;
        if (oldest !== undefined) this.shapes.delete(oldest);
      }
    }
    this.shapes.set(key, pieces);
    return pieces;
  }
}

/** react-email's Preview keeps this many characters, and pads shorter ones up to it. */
const PREVIEW_MAX_LENGTH = 150;
/** A character standing for each of the preview's characters in its rendering for one length. */
const PREVIEW_CHARACTER = '\uE002';
/** Preview's markup for each length of text, split where the text goes. */
const previewPieces = new Map<number, [string, string]>();

/**
 * Preview's markup for a text: what it renders depends on the text's length only (the padding
 * after it), so it is rendered once per length, with a stand-in of that length, and the text
 * put where the stand-in is.
 */
function previewHtml(preview: string): string {
  const text = preview.substring(0, PREVIEW_MAX_LENGTH);
  let pieces = previewPieces.get(text.length);
  if (!pieces) {
    const standIn = PREVIEW_CHARACTER.repeat(text.length);
    const markup = renderToStaticMarkup(createElement(Preview, null, standIn));
    const at = markup.indexOf(standIn);
    pieces = [markup.slice(0, at), markup.slice(at + standIn.length)];
    previewPieces.set(text.length, pieces);
  }
  return `${pieces[0]}${escapeHtml(text)}${pieces[1]}`;
}
