import { CLUSTERS, GCM_OBJECTIVES, LOCALES, type TLocale } from '@gcm/domain';
import { createIntl } from 'react-intl';
import { MESSAGES } from '../../app/messages';
import type { MessageId } from '../../lib/i18n/use-t';
import { votesMessages } from './votes.messages';

function intlOf(locale: TLocale) {
  return createIntl({ locale, messages: MESSAGES[locale] as Record<MessageId, string> });
}

/** A message with `<hidden>` as the screen shows it (hidden words left out) and as its accessible name. */
function shownAndName(locale: TLocale, id: MessageId, values: Record<string, number>) {
  const intl = intlOf(locale);
  const format = (keep: boolean) => {
    const parts: unknown = intl.formatMessage(
      { id },
      { ...values, hidden: (chunks: string[]) => (keep ? chunks.join('') : '') },
    );
    return Array.isArray(parts) ? parts.join('') : String(parts);
  };
  return { shown: format(false), name: format(true) };
}

/** WCAG 2.5.3: every word a button shows is in its accessible name, in the same order. */
function wordsInOrder(shown: string, name: string): boolean {
  let from = 0;
  for (const word of shown.toLowerCase().split(/\s+/).filter(Boolean)) {
    const at = name.toLowerCase().indexOf(word, from);
    if (at < 0) return false;
    from = at + word.length;
  }
  return true;
}

describe('the vote screens in six languages', () => {
  it('writes the objectives and clusters in English exactly as @gcm/domain titles them', () => {
    for (const objective of GCM_OBJECTIVES) {
      expect(votesMessages.en[`votes.objective.${objective.number}` as keyof typeof votesMessages.en]).toBe(
        objective.title,
      );
    }
    for (const cluster of CLUSTERS) {
      expect(votesMessages.en[`votes.cluster.${cluster.number}` as keyof typeof votesMessages.en]).toBe(
        cluster.title,
      );
    }
  });

  it.each(LOCALES)('%s: the ranking buttons say in their names what they show', (locale) => {
    const intl = intlOf(locale);
    const pairs = [
      ['votes.ranked.up', 'votes.ranked.upName'],
      ['votes.ranked.down', 'votes.ranked.downName'],
      ['votes.ranked.remove', 'votes.ranked.removeName'],
    ] as const;
    for (const [shown, name] of pairs) {
      const label = intl.formatMessage({ id: shown });
      expect(intl.formatMessage({ id: name }, { objective: 12 }).toLowerCase()).toContain(
        label.toLowerCase(),
      );
    }
    const add = shownAndName(locale, 'votes.ranked.add', { objective: 12 });
    expect(add.name).toContain('12');
    expect(add.shown).not.toContain('12');
    expect(wordsInOrder(add.shown, add.name)).toBe(true);
  });

  it('keeps the English names the browser journeys use', () => {
    const intl = intlOf('en');
    expect(intl.formatMessage({ id: 'votes.ranked.upName' }, { objective: 2 })).toBe('Move objective 2 up');
    expect(shownAndName('en', 'votes.ranked.add', { objective: 4 })).toEqual({
      shown: 'Add to the ranking',
      name: 'Add objective 4 to the ranking',
    });
  });
});
