import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Preview,
  Section,
  Text,
} from '@react-email/components';
import type { ReactNode } from 'react';
import { holdsSlot, PREVIEW_SLOT } from '../html-shapes';
import { type MailText, mailText } from '../mail-i18n';

export interface LayoutProps {
  preview: string;
  heading: string;
  reviewTitle: string;
  children: ReactNode;
  action?: { label: string; url: string };
  /** E-mails of a review are answered by its coordinator (Reply-To); account e-mails by no one. */
  repliesReachCoordinator?: boolean;
  /** The recipient's language (English for the templates not translated yet). */
  text?: MailText;
}

const page = { backgroundColor: '#f4f6f8', fontFamily: 'Arial, Helvetica, sans-serif', color: '#1b1f24' };
const card = { backgroundColor: '#ffffff', padding: '24px', borderRadius: '6px', maxWidth: '600px' };
const button = {
  backgroundColor: '#0b5cab',
  color: '#ffffff',
  padding: '12px 18px',
  borderRadius: '4px',
  textDecoration: 'none',
  fontWeight: 'bold',
};
const muted = { color: '#57606a', fontSize: '12px' };

/** The frame every e-mail shares: the review named at the top, one action, a footer. */
export function EmailLayout({
  preview,
  heading,
  reviewTitle,
  children,
  action,
  repliesReachCoordinator = true,
  text = mailText('en'),
}: LayoutProps) {
  return (
    <Html lang={text.locale} dir={text.dir}>
      <Head />
      {/* Rendered for a shape (see HtmlShapes), the preview is a slot of its own. */}
      {holdsSlot(preview) ? PREVIEW_SLOT : <Preview>{preview}</Preview>}
      <Body style={page}>
        <Container style={card}>
          <Text style={muted}>{reviewTitle}</Text>
          <Heading as="h1" style={{ fontSize: '20px' }}>
            {heading}
          </Heading>
          {children}
          {action ? (
            <Section style={{ margin: '24px 0' }}>
              <Button href={action.url} style={button}>
                {action.label}
              </Button>
              <Text style={muted}>{text.text('mail.orOpen', { url: action.url })}</Text>
            </Section>
          ) : null}
          <Hr />
          <Text style={muted}>
            {text.text('mail.footer')}
            {repliesReachCoordinator ? text.text('mail.footer.reply') : ''}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** html-to-text's whitespace: collapsed to one space inside a block, none at its edges. */
const WHITESPACE = /[ \t\r\n\f\u200b]+/g;

function block(value: string): string {
  return value.replace(WHITESPACE, ' ').trim();
}

/**
 * The plain-text part of an EmailLayout e-mail, written from the same facts rather than converted
 * from its HTML (html-to-text costs more than rendering the HTML): the same text the conversion
 * gives — the review, the heading in capitals, the paragraphs, the action and its link, a rule, the
 * footer — as the spec of each template checks against the conversion.
 */
export function layoutText({
  heading,
  reviewTitle,
  paragraphs,
  action,
  repliesReachCoordinator = true,
  text = mailText('en'),
}: Omit<LayoutProps, 'children' | 'preview'> & { paragraphs: string[] }): string {
  const blocks = (values: string[]) => values.map(block).filter(Boolean).join('\n\n');
  const body = blocks([
    ...paragraphs,
    ...(action
      ? [`${block(action.label)} ${action.url}`, text.text('mail.orOpen', { url: action.url })]
      : []),
    '-'.repeat(40),
    `${text.text('mail.footer')}${repliesReachCoordinator ? text.text('mail.footer.reply') : ''}`,
  ]);
  // A heading opens with three line breaks, every other block with two.
  const top = [block(reviewTitle), block(heading).toUpperCase()].filter(Boolean).join('\n\n\n');
  return [top, body].filter(Boolean).join('\n\n');
}

/** A rich message's text (its markup dropped), for plain-text parts. */
export function plainOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(plainOf).join('');
  if (typeof node === 'object' && 'props' in node) {
    return plainOf((node.props as { children?: ReactNode }).children);
  }
  return '';
}
