import { LOCALES } from '@gcm/domain';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '../lib/query-client';
import { stubFetch } from '../testing/fetch-stub';
import { signedOut } from '../testing/session';
import { MESSAGES } from './messages';
import { AppProviders } from './providers';
import { routes } from './routes';
import { FIRST_PAGE_CATALOGUES, SCREEN_MESSAGES } from './screen-messages';

/**
 * The app as the browser starts it: no page loaded yet (testing/render-route.tsx loads them all). In
 * an awaited act, so that React goes on rendering a page that suspended while its chunks arrive.
 */
async function renderRoute(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  await act(async () => {
    render(
      <AppProviders queryClient={createQueryClient({ retry: false })}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
  });
}

/** react-intl reports a message id it has no text for as a console error (and shows the id). */
function missingMessages(errors: jest.SpyInstance): string[] {
  return errors.mock.calls
    .map((call) => String(call[0]))
    .filter((text) => /MISSING_TRANSLATION|Missing message/.test(text));
}

describe('the screens’ messages in two parts', () => {
  let errors: jest.SpyInstance;
  beforeEach(() => {
    errors = jest.spyOn(console, 'error');
  });
  afterEach(() => errors.mockRestore());

  // First in this file: nothing has loaded zod or the problem catalogues yet.
  it('the sign-in form, whose check comes after the page, checks itself in the screen’s language', async () => {
    window.localStorage.setItem('gcm.locale', 'fr');
    stubFetch(signedOut());
    await renderRoute('/sign-in');
    fireEvent.click(await screen.findByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('region', { name: '2 champs sont à corriger' })).toBeInTheDocument();
    expect(screen.getByLabelText('Mot de passe')).toHaveAccessibleDescription(/est obligatoire/);
    cleanup();
  });

  it('the sign-in and not-found pages need only the first page’s catalogues, in every language', async () => {
    for (const locale of LOCALES) {
      window.localStorage.setItem('gcm.locale', locale);
      stubFetch(signedOut());
      await renderRoute('/sign-in');
      expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
      cleanup();
      await renderRoute('/no-such-page');
      expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
      cleanup();
    }
    expect(missingMessages(errors)).toEqual([]);
    expect(Object.keys(SCREEN_MESSAGES.current().en)).toHaveLength(
      FIRST_PAGE_CATALOGUES.reduce((count, part) => count + Object.keys(part.en).length, 0),
    );
  });

  it('any other page renders only once every catalogue has arrived', async () => {
    window.localStorage.setItem('gcm.locale', 'en');
    stubFetch(signedOut());
    await renderRoute('/forgot-password');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(SCREEN_MESSAGES.current()).toBe(MESSAGES);
    expect(missingMessages(errors)).toEqual([]);
  });
});
