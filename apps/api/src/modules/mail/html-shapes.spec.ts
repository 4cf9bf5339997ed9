import { LOCALES, type TLocale } from '@gcm/domain';
import { Text } from '@react-email/components';
import { createElement } from 'react';
import { escapeHtml, HtmlShapes } from './html-shapes';
import { type MailText, mailText } from './mail-i18n';
import { renderHtml } from './render';
import { EmailLayout } from './templates/layout';
import {
  ReminderEmail,
  type ReminderFacts,
  type ReminderKind,
  reminderHtml,
} from './templates/reminder.email';

const facts: ReminderFacts = {
  reviewTitle: 'Voluntary GCM Review — Mongolia 2020',
  questionCode: '1b',
  questionPrompt:
    'Does your Government have a national policy/strategy on migration? If so, please describe its main <features> & "objectives", e.g. the State\'s approach.',
  organisationName: "Ministry of Labour & Social Protection's Office",
  role: 'lead',
  dueDateText: 'Monday 30 November 2026',
  timeZone: 'Asia/Ulaanbaatar',
  url: 'https://gcm.example.org/assignments/3f2a?from=mail&x="1"',
  kind: 'due',
  daysUntilDue: 0,
  stateText: 'not started',
  escalatedTo: 'the head of the organisation',
  earlierReminders: 2,
};

describe('reminderHtml, filled into the shape of the reminder', () => {
  const kinds: ReminderKind[] = ['before', 'due', 'overdue', 'escalation', 'manual'];
  it.each(
    LOCALES.flatMap((locale) =>
      kinds.flatMap((kind) => [7, 1, 0, -1, -12].map((days) => [locale, kind, days])),
    ),
  )('is the HTML React renders (%s, %s, %i days)', (locale, kind, days) => {
    const text = mailText(locale as TLocale);
    const given = { ...facts, kind: kind as ReminderKind, daysUntilDue: days as number };
    expect(reminderHtml(given, text)).toBe(renderHtml(ReminderEmail({ facts: given, text })));
  });

  it.each([
    ['a subject over the preview’s 150 characters', { organisationName: 'O'.repeat(200) }],
    ['a subject of exactly 150 characters', { organisationName: 'N'.repeat(120) }],
    ['no escalation target', { kind: 'escalation' as const, escalatedTo: undefined, daysUntilDue: -3 }],
    ['no earlier reminders', { kind: 'escalation' as const, earlierReminders: undefined, daysUntilDue: -3 }],
    ['empty texts', { questionPrompt: '', stateText: '', reviewTitle: '' }],
    ['runs of white space and line breaks', { questionPrompt: '  How\n\n does\t it   work?  ' }],
    ['text that looks like a slot or markup', { questionPrompt: "\uE0000\uE001 <b>&amp;</b> {x} 'q'" }],
    ['Arabic and Chinese text', { organisationName: 'وزارة العمل 劳动部', questionPrompt: 'سؤال؟' }],
    ['a subject with private-use characters', { organisationName: '\uE000p\uE001 \uE0001\uE001' }],
  ])('is the HTML React renders with %s', (_, changed) => {
    for (const locale of ['en', 'ar'] as const) {
      const text = mailText(locale);
      const given = { ...facts, ...changed };
      expect(reminderHtml(given, text)).toBe(renderHtml(ReminderEmail({ facts: given, text })));
    }
  });

  it('is one flat string, and different facts of one shape share it', () => {
    const text = mailText('fr');
    const first = reminderHtml({ ...facts, organisationName: 'Office national de la statistique' }, text);
    const second = reminderHtml({ ...facts, organisationName: 'Ministère de la Justice' }, text);
    expect(first).toContain('Office national de la statistique');
    expect(second).toContain('Ministère de la Justice');
    expect(second).not.toContain('Office national');
  });
});

describe('HtmlShapes', () => {
  type Facts = { title: string; body: string; count: number };
  /** A small template on the shared layout: the title as preview and heading, the count on top. */
  const page = (f: Facts, text: MailText, heading = f.title) =>
    EmailLayout({
      preview: f.title,
      heading,
      reviewTitle: String(f.count),
      text,
      children: createElement(Text, null, f.body),
    });
  const rendered: string[] = [];
  const shapes = new HtmlShapes<Facts>({
    render: (f, text) => {
      rendered.push(`${text.locale}:${f.count}`);
      return page(f, text);
    },
    slots: ['title', 'body'],
    shapeOf: (f) => String(f.count),
    max: 2,
  });

  it('renders each shape once, keeps the ones used last, and escapes as React does', () => {
    const en = mailText('en');
    const direct = (f: Facts) => renderHtml(page(f, en));
    const a = { title: 'A & B', body: '<script>"x"</script>', count: 1 };
    const b = { title: 'C', body: "it's", count: 2 };
    const c = { title: 'D', body: 'e', count: 3 };
    for (const f of [a, a, b, a, c, a]) expect(shapes.html(f, en, f.title)).toBe(direct(f));
    // 1, 2, then 3 pushed out 2 (1 was used after it), so 1 was never rendered again.
    expect(rendered).toEqual(['en:1', 'en:2', 'en:3']);
    expect(shapes.size).toBe(2);
    expect(shapes.html(b, mailText('ar'), b.title)).toContain('dir="rtl"');
    expect(rendered.at(-1)).toBe('ar:2');
  });

  it('writes the preview line as react-email does, padded after its length or cut at 150', () => {
    const en = mailText('en');
    const direct = (title: string) => renderHtml(page({ title, body: 'b', count: 1 }, en, 'H'));
    for (const length of [0, 1, 2, 74, 149, 150, 151, 400]) {
      const title = 'a&"<'.repeat(length).slice(0, length);
      expect(shapes.html({ title, body: 'b', count: 1 }, en, title).replace(/<h1[\s\S]*$/, '')).toBe(
        direct(title).replace(/<h1[\s\S]*$/, ''),
      );
    }
  });

  it('escapes the five characters React escapes, and nothing else', () => {
    expect(escapeHtml(`<a href="x">'&'</a> é ٣`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#x27;&amp;&#x27;&lt;/a&gt; é ٣',
    );
    expect(escapeHtml('plain')).toBe('plain');
  });
});
