import { useSyncExternalStore } from 'react';
import type { Catalogue } from './catalogue';

/**
 * The screens' messages, in two parts (docs/decisions/0025-web-serving.md): the first page's
 * catalogues come with the app's first script, every other screen's arrive with the first route
 * that needs them. Six languages of every screen's text are about as large as the rest of the app;
 * the sign-in page should not wait for them.
 */
export interface MessageStore {
  /** Every language's messages known so far. */
  current(): Catalogue;
  /** Loads the other screens' catalogues once; routes await it before they render. */
  loadAll(): Promise<void>;
  subscribe(listener: () => void): () => void;
}

export function createMessageStore(first: Catalogue, loadAll: () => Promise<Catalogue>): MessageStore {
  let messages = first;
  let loading: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  return {
    current: () => messages,
    loadAll() {
      loading ??= loadAll().then(
        (all) => {
          messages = all;
          for (const listener of listeners) listener();
        },
        (error: unknown) => {
          // A failed download (a new deploy, the network) may be tried again by the next route.
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's messages, re-rendering when the other screens' catalogues arrive. */
export function useMessageStore(store: MessageStore): Catalogue {
  return useSyncExternalStore(store.subscribe, store.current);
}
