import type { TLocale } from '@gcm/domain';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MESSAGES } from '../app/messages';
import { AppProviders } from '../app/providers';
import { createQueryClient } from '../lib/query-client';

/**
 * Renders a piece of the screens with the app's providers (its catalogues, the language), without
 * a router: in English as jsdom's browser asks, or in `locale` as if chosen on this browser. Every
 * catalogue is there from the start (the app loads most with the routes: app/screen-messages.ts).
 */
export function renderUi(ui: ReactNode, { locale }: { locale?: TLocale } = {}) {
  if (locale) window.localStorage.setItem('gcm.locale', locale);
  const queryClient = createQueryClient({ retry: false });
  return render(ui, {
    wrapper: ({ children }) => (
      <AppProviders queryClient={queryClient} messages={MESSAGES}>
        {children}
      </AppProviders>
    ),
  });
}
