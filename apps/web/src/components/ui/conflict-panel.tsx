import { formatInstant, localTimeZone } from '@gcm/domain';
import { type ReactNode, useId } from 'react';
import { useLocale } from '../../lib/i18n/locale-provider';
import { useT } from '../../lib/i18n/use-t';
import { WordCount } from './word-count';

export interface StoredText {
  body: string;
  version: number;
  updatedAt: string | null;
  updatedBy: { name: string } | null;
}

interface ConflictPanelProps {
  /**
   * What the person was doing: "editing" or "writing" (each has its own sentence in every
   * language), or another activity already in the screen's language.
   */
  doing: 'editing' | 'writing' | (string & {});
  /** A note after "Your text is not saved yet", e.g. "and autosave is paused" (in the screen's language). */
  pausedNote?: string;
  mine: string;
  onMineChange: (value: string) => void;
  theirs: StoredText;
  /** Extra facts about the stored version, after its number (references, status …), translated. */
  theirsDetail?: ReactNode;
  target: number;
  saving: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/** Two texts side by side after a refused save: nothing is overwritten until the person chooses. */
export function ConflictPanel({
  doing,
  pausedNote,
  mine,
  onMineChange,
  theirs,
  theirsDetail,
  target,
  saving,
  onKeepMine,
  onUseTheirs,
}: ConflictPanelProps) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const who = theirs.updatedBy?.name;
  const when = theirs.updatedAt ? formatInstant(theirs.updatedAt, localTimeZone(), 'dateTime', locale) : null;
  const savedBy =
    who === undefined
      ? when === null
        ? t('ui.conflict.savedBySomeone')
        : t('ui.conflict.savedBySomeoneAt', { when })
      : when === null
        ? t('ui.conflict.savedBy', { who })
        : t('ui.conflict.savedByAt', { who, when });
  const title =
    doing === 'editing'
      ? t('ui.conflict.title.editing')
      : doing === 'writing'
        ? t('ui.conflict.title.writing')
        : t('ui.conflict.title', { doing });
  return (
    <section className="conflict" role="alert" aria-labelledby={`${id}-title`} data-testid="conflict-panel">
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{pausedNote ? t('ui.conflict.notSavedNote', { note: pausedNote }) : t('ui.conflict.notSaved')}</p>
      <div className="conflict__columns">
        <div className="conflict__column">
          <label htmlFor={`${id}-mine`}>
            <strong>{t('ui.conflict.mine')}</strong>
          </label>
          <textarea
            id={`${id}-mine`}
            className="input editor__textarea"
            rows={14}
            value={mine}
            onChange={(event) => onMineChange(event.target.value)}
          />
          <WordCount text={mine} target={target} />
        </div>
        <div className="conflict__column">
          <h3>{savedBy}</h3>
          <div className="conflict__theirs pre-wrap" data-testid="conflict-theirs">
            {theirs.body === '' ? <span className="muted">{t('ui.conflict.empty')}</span> : theirs.body}
          </div>
          <p className="muted">
            {typeof theirsDetail === 'string' ? (
              t('ui.conflict.versionDetail', { version: theirs.version, detail: theirsDetail })
            ) : (
              <>
                {t('ui.conflict.version', { version: theirs.version })}
                {theirsDetail ? <>, {theirsDetail}</> : null}
              </>
            )}
          </p>
        </div>
      </div>
      <div className="form__actions">
        <button type="button" className="button" onClick={onKeepMine} disabled={saving}>
          {saving ? t('ui.save.saving') : t('ui.conflict.keepMine')}
        </button>
        <button type="button" className="button button--secondary" onClick={onUseTheirs} disabled={saving}>
          {t('ui.conflict.useTheirs')}
        </button>
      </div>
    </section>
  );
}
