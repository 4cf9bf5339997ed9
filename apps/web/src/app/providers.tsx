import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LocaleProvider } from '../lib/i18n/locale-provider';
import { MESSAGES } from './messages';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

export function AppProviders({ queryClient, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider messages={MESSAGES}>{children}</LocaleProvider>
    </QueryClientProvider>
  );
}
