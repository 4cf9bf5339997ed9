import { canonicalLanguageTag, isInOtherLanguage, LOCALES, languageName } from '@gcm/domain';
import { useId, useState } from 'react';
import { useLocale } from '../../lib/i18n/locale-provider';
import { useT } from '../../lib/i18n/use-t';
import { FieldError } from './field';

const OTHER = 'other';

/** A language's name in the screen's language ("mn" → "mongol" in French), the tag when there is none. */
export function useLanguageName(): (tag: string) => string {
  const locale = useLocale();
  return (tag) => languageName(tag, locale);
}

interface TextLanguageFieldProps {
  /** The language the text is drafted in; null: the questionnaire's. */
  value: string | null;
  onChange: (language: string | null) => void;
  /** The questionnaire's language, the one the report is compiled in. */
  templateLanguage: string;
  error?: string | undefined;
}

/**
 * Which language a text is drafted in: the questionnaire's (the default), one of the six UN
 * languages, or any other by its tag ("mn"), so a focal point may draft in the country's language
 * and the coordinator sees what is still to translate. Issue 14, part 2.
 */
export function TextLanguageField({ value, onChange, templateLanguage, error }: TextLanguageFieldProps) {
  const t = useT();
  const id = useId();
  const nameOf = useLanguageName();
  const listed = [templateLanguage, ...LOCALES.filter((locale) => locale !== templateLanguage)];
  const current = value ?? templateLanguage;
  const [typing, setTyping] = useState(() => !listed.includes(current));
  const [typed, setTyped] = useState(() => (listed.includes(current) ? '' : current));
  const [typedError, setTypedError] = useState<string | null>(null);
  const selected = typing ? OTHER : current;

  function choose(option: string) {
    if (option === OTHER) {
      setTyping(true);
      return;
    }
    setTyping(false);
    setTypedError(null);
    onChange(option === templateLanguage ? null : option);
  }

  function commitTyped(text: string) {
    setTyped(text);
    if (text.trim() === '') return;
    const tag = canonicalLanguageTag(text.trim());
    setTypedError(tag ? null : t('ui.textLanguage.invalid'));
    if (tag) onChange(isInOtherLanguage(tag, templateLanguage) ? tag : null);
  }

  const shownError = typedError ?? error;
  return (
    <div className={`field text-language${shownError ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={`${id}-select`}>
        {t('ui.textLanguage.label')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('ui.textLanguage.hint', { language: nameOf(templateLanguage) })}
      </p>
      <div className="text-language__controls">
        <select
          id={`${id}-select`}
          className="input"
          value={selected}
          aria-describedby={`${id}-hint`}
          onChange={(event) => choose(event.target.value)}
        >
          {listed.map((tag) => (
            <option key={tag} value={tag}>
              {tag === templateLanguage
                ? t('ui.textLanguage.template', { language: nameOf(tag) })
                : nameOf(tag)}
            </option>
          ))}
          <option value={OTHER}>{t('ui.textLanguage.other')}</option>
        </select>
        {typing ? (
          <span className="text-language__other">
            <label className="field__label" htmlFor={`${id}-tag`}>
              {t('ui.textLanguage.tag')}
            </label>
            <input
              id={`${id}-tag`}
              className="input input--short"
              value={typed}
              lang="en"
              dir="ltr"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={`${id}-tag-hint${shownError ? ` ${id}-error` : ''}`}
              aria-invalid={shownError ? true : undefined}
              onChange={(event) => commitTyped(event.target.value)}
            />
            <span className="field__hint" id={`${id}-tag-hint`}>
              {typed.trim() && !typedError && canonicalLanguageTag(typed.trim())
                ? nameOf(canonicalLanguageTag(typed.trim()) ?? typed)
                : t('ui.textLanguage.tagHint')}
            </span>
          </span>
        ) : null}
      </div>
      {shownError ? <FieldError id={`${id}-error`}>{shownError}</FieldError> : null}
    </div>
  );
}

/** "Drafted in Mongolian": shown beside a text that is not in the questionnaire's language. */
export function TextLanguageNote({
  language,
  templateLanguage,
}: {
  language: string | null;
  templateLanguage: string;
}) {
  const t = useT();
  const nameOf = useLanguageName();
  if (language === null || !isInOtherLanguage(language, templateLanguage)) return null;
  return (
    <p className="text-language-note">
      <span className="badge badge--info">{t('ui.textLanguage.note', { language: nameOf(language) })}</span>{' '}
      <span className="muted">{t('ui.textLanguage.noteDetail', { language: nameOf(templateLanguage) })}</span>
    </p>
  );
}
