import { answerDifference, type TAnswerOrigin, type TTextChange } from '@gcm/domain';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { type MessageId, useT } from '../../../lib/i18n/use-t';

type View = 'side-by-side' | 'changes';

type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

/** "Previous cycle (2020), question 1a" — or "questions 1a and 1b" when several were joined. */
export function previousCycleHeading(origin: TAnswerOrigin, t: Translate): string {
  const codes = origin.questionCodes;
  const last = codes.at(-1);
  const cycle = origin.cycle;
  if (codes.length === 0 || last === undefined) return t('answers.previous.heading', { cycle });
  if (codes.length === 1) return t('answers.previous.headingOne', { cycle, code: last });
  return t('answers.previous.headingMany', { cycle, codes: codes.slice(0, -1).join(', '), last });
}

function countOf(changes: readonly TTextChange[], change: TTextChange['change']): number {
  return changes.filter((part) => part.change === change && part.text.trim() !== '').length;
}

/**
 * The draft against the previous cycle's text: removed words struck through, added ones
 * underlined. Screen readers are told in words ("removed: …", "added: …"), since <del> and <ins>
 * are not announced by all of them, and colour is never the only sign.
 */
export function TextDifference({ changes }: { changes: readonly TTextChange[] }) {
  const t = useT();
  const removed = countOf(changes, 'removed');
  const added = countOf(changes, 'added');
  return (
    <>
      <p className="difference__legend" data-testid="difference-legend">
        <FormattedMessage
          id="answers.difference.legend"
          values={{
            del: (chunks) => <del className="difference__removed">{chunks}</del>,
            ins: (chunks) => <ins className="difference__added">{chunks}</ins>,
          }}
        />
      </p>
      <p className="muted" data-testid="difference-summary">
        {removed === 0 && added === 0
          ? t('answers.difference.none')
          : t('answers.difference.summary', { removed, added })}
      </p>
      <div className="difference__text" data-testid="difference">
        {changes.map((part, index) =>
          part.change === 'removed' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the runs have no identity but their place
            <del key={index} className="difference__removed">
              <span className="visually-hidden">{`${t('answers.difference.removed')} `}</span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          ) : part.change === 'added' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the runs have no identity but their place
            <ins key={index} className="difference__added">
              <span className="visually-hidden">{`${t('answers.difference.added')} `}</span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the runs have no identity but their place
            <span key={index}>{part.text}</span>
          ),
        )}
      </div>
    </>
  );
}

/**
 * The previous cycle's answer this one was carried from, shown beside the draft: as it was, or as
 * the changes made since. `current` is the draft as typed (the difference follows it) or, where
 * nothing is edited, the stored answer; `difference` is the server's when it is given for it.
 */
export function PreviousCycleAnswer({
  origin,
  current,
  difference,
}: {
  origin: TAnswerOrigin;
  current: string;
  difference?: readonly TTextChange[] | null;
}) {
  const t = useT();
  const id = useId();
  const [view, setView] = useState<View>('changes');
  // Typing stays quick on long answers: the difference follows the draft a moment later.
  const deferred = useDeferredValue(current);
  const changes = useMemo(
    () => difference ?? answerDifference(origin.body, deferred),
    [difference, origin.body, deferred],
  );
  return (
    <section className="previous-cycle" aria-labelledby={`${id}-title`} data-testid="previous-cycle">
      <h3 id={`${id}-title`}>{previousCycleHeading(origin, t)}</h3>
      <fieldset className="previous-cycle__views">
        <legend className="visually-hidden">{t('answers.previous.views')}</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-view`}
            checked={view === 'side-by-side'}
            onChange={() => setView('side-by-side')}
          />{' '}
          {t('answers.previous.text')}
        </label>{' '}
        <label className="choice">
          <input
            type="radio"
            name={`${id}-view`}
            checked={view === 'changes'}
            onChange={() => setView('changes')}
          />{' '}
          {t('answers.previous.changes')}
        </label>
      </fieldset>
      {view === 'side-by-side' ? (
        <div className="difference__text" data-testid="previous-text">
          {origin.body.trim() === '' ? (
            <span className="muted">{t('answers.previous.nothingCarried')}</span>
          ) : (
            origin.body
          )}
        </div>
      ) : (
        <TextDifference changes={changes} />
      )}
    </section>
  );
}
