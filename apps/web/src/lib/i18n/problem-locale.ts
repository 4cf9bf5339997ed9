import type { TLocale } from '@gcm/domain';
import { DEFAULT_LOCALE } from '@gcm/domain';
import type { ProblemRuntime } from './problem-runtime';

/**
 * The language the problem messages of the screens are written in — the contract's validation
 * messages shown at a form's fields (lib/form-errors.ts) and zod's own default messages.
 *
 * It is module-level state, not a hook, so that `issuesToFieldErrors(parsed.error)` keeps its
 * signature and every form in features/* shows its field messages in the screen's language
 * without passing the locale. The LocaleProvider sets it whenever the language of the screens
 * changes (lib/i18n/locale-provider.tsx); until then, and outside it, it is English.
 *
 * What translates (zod with its six languages, the contract's problem catalogues) is not in the
 * app's first script (docs/decisions/0025-web-serving.md): `loadProblemMessages()` brings it, and
 * every page but the first awaits it before it renders (app/routes.tsx), as the sign-in page does
 * before it checks its form.
 */
let current: TLocale = DEFAULT_LOCALE;
let runtime: ProblemRuntime | null = null;
let loading: Promise<void> | null = null;

export function problemLocale(): TLocale {
  return current;
}

/** Sets the language of the problem messages and, once loaded, of zod's default messages. */
export function setProblemLocale(locale: TLocale): void {
  if (locale === current) return;
  current = locale;
  runtime?.applyLocale(locale);
}

/** Loads zod's messages and the problem catalogues once (a failed download is tried again next time). */
export function loadProblemMessages(): Promise<void> {
  loading ??= import('./problem-runtime').then(
    (loaded) => {
      runtime = loaded;
      loaded.applyLocale(current);
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * `message` (English, from the contract or the API) in `locale`. Only ever called once
 * `loadProblemMessages()` has resolved; before, there is no catalogue, and it fails loudly rather
 * than show English to someone who reads another language.
 */
export function translateProblem(message: string, locale: TLocale): string {
  if (!runtime) throw new Error('The problem messages are not loaded yet: await loadProblemMessages() first');
  return runtime.translateProblem(message, locale);
}
