import {
  FORMATTING_TAGS,
  isLocale,
  isRightToLeft,
  negotiateLocale,
  type TCurrentPerson,
  type TLocale,
} from '@gcm/domain';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { currentPersonSchema, useSession } from '../api/get-session';
import { apiRequest } from '../api-client';
import { queryKeys } from '../query-keys';
import type { Catalogue } from './catalogue';
import { setProblemLocale } from './problem-locale';

/** Where this browser remembers the language chosen before signing in (or by someone signed out). */
const STORED = 'gcm.locale';

function storedLocale(): TLocale | null {
  try {
    const value = window.localStorage.getItem(STORED);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function remember(locale: TLocale): void {
  try {
    window.localStorage.setItem(STORED, locale);
  } catch {
    // Storage refused: the choice holds until the page is reloaded.
  }
}

interface LocaleChoice {
  locale: TLocale;
  /** Switches the screens at once; for a signed-in person also their account (and so their e-mails). */
  choose: (locale: TLocale) => Promise<void>;
}

const LocaleContext = createContext<LocaleChoice | null>(null);

export function useLocaleChoice(): LocaleChoice {
  const choice = useContext(LocaleContext);
  if (!choice) throw new Error('useLocaleChoice is used outside the LocaleProvider');
  return choice;
}

/** The tool's language of the screens: for formatting dates the way it writes them. */
export function useLocale(): TLocale {
  return useLocaleChoice().locale;
}

/**
 * The language of the screens: the signed-in person's choice, else the one chosen on this browser,
 * else the first of the browser's languages the tool speaks. The page says it (`lang`) and turns
 * right to left for Arabic (`dir`).
 */
export function LocaleProvider({ messages, children }: { messages: Catalogue; children: ReactNode }) {
  const queryClient = useQueryClient();
  // Never fetches by itself: the guard of the signed-in routes does; the choice follows it.
  const { data: person } = useSession({ enabled: false });
  const [chosen, setChosen] = useState<TLocale | null>(() => storedLocale());
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  const locale: TLocale = person?.locale ?? chosen ?? negotiateLocale(browser);
  // The forms' checks (lib/form-errors.ts) and zod's own messages follow the screens' language.
  // Set while rendering, not in an effect, so a form checked right after the switch already uses
  // it; setting the same language again does nothing.
  setProblemLocale(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = isRightToLeft(locale) ? 'rtl' : 'ltr';
  }, [locale]);

  const choose = useCallback(
    async (next: TLocale) => {
      remember(next);
      setChosen(next);
      if (person) {
        const updated: TCurrentPerson = await apiRequest('/me/language', {
          method: 'PUT',
          body: { locale: next },
          schema: await currentPersonSchema(),
        });
        queryClient.setQueryData(queryKeys.session, updated);
      }
    },
    [person, queryClient],
  );

  // A language chosen on this browser before signing in becomes the account's, if it has none yet:
  // the person's e-mails follow it from then on.
  const adopt = person && person.locale === null && chosen !== null;
  useEffect(() => {
    if (adopt && chosen) void choose(chosen).catch(() => undefined);
  }, [adopt, chosen, choose]);

  const value = useMemo(() => ({ locale, choose }), [locale, choose]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={FORMATTING_TAGS[locale]} defaultLocale="en-GB" messages={messages[locale]}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
