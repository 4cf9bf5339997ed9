import { isLocale, LOCALE_NAMES, LOCALES } from '@gcm/domain';
import { useId } from 'react';
import { useLocaleChoice } from '../../lib/i18n/locale-provider';
import { useT } from '../../lib/i18n/use-t';

/** The six languages, each by its own name; the choice turns the screens at once (and the e-mails). */
export function LanguageMenu({ className }: { className?: string }) {
  const { locale, choose } = useLocaleChoice();
  const t = useT();
  const id = useId();
  return (
    <div className={['language-menu', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="language-menu__label">
        {t('shell.language')}
      </label>
      <select
        id={id}
        className="language-menu__select"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) void choose(event.target.value);
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
