import { uiErrorMessages } from '../components/ui/ui-errors.messages';
import { signInMessages } from '../features/auth/sign-in.messages';
import { mergeCatalogues } from '../lib/i18n/catalogue';
import { createMessageStore } from '../lib/i18n/message-store';
import { shellMessages } from './shell.messages';

/**
 * The catalogues the first page needs — the shell (header, language menu, not-found and error
 * pages), the sign-in page and the shared components' failure messages — bundled with the app. Every other
 * catalogue is in app/messages.ts, loaded by routes.tsx before any other page renders.
 */
export const FIRST_PAGE_CATALOGUES = [shellMessages, signInMessages, uiErrorMessages] as const;

export const SCREEN_MESSAGES = createMessageStore(mergeCatalogues(FIRST_PAGE_CATALOGUES), () =>
  import('./messages').then((all) => all.MESSAGES),
);
