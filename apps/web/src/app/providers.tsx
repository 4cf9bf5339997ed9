import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Catalogue } from '../lib/i18n/catalogue';
import { LocaleProvider } from '../lib/i18n/locale-provider';
import { useMessageStore } from '../lib/i18n/message-store';
import { SCREEN_MESSAGES } from './screen-messages';

interface AppProvidersProps {
  queryClient: QueryClient;
  /** Every catalogue at once (the tests); the app loads them in two parts (app/screen-messages.ts). */
  messages?: Catalogue;
  children: ReactNode;
}

export function AppProviders({ queryClient, messages, children }: AppProvidersProps) {
  const loaded = useMessageStore(SCREEN_MESSAGES);
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider messages={messages ?? loaded}>{children}</LocaleProvider>
    </QueryClientProvider>
  );
}
