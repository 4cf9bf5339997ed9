import { toPlainText } from '@react-email/render';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/**
 * Renders an e-mail component (react-email) to HTML and a plain-text part; delivery is elsewhere.
 * React's synchronous static renderer is enough for e-mails and works in every runtime we use.
 */
export async function renderMail(subject: string, element: ReactElement): Promise<RenderedMail> {
  const html = renderHtml(element);
  return { subject, html, text: toPlainText(html) };
}

/**
 * The HTML part alone, for a template that writes its text part from its facts (the reminders,
 * which go out in bulk: converting HTML to text costs more than rendering it).
 */
export function renderHtml(element: ReactElement): string {
  return `${DOCTYPE}${renderToStaticMarkup(element)}`;
}
