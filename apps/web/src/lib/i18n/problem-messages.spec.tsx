import { fireEvent, screen } from '@testing-library/react';
import { z } from 'zod';
import { stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { ApiError } from '../api-client';
import { issuesToFieldErrors, serverFieldErrors } from '../form-errors';
import { setProblemLocale } from './problem-locale';

/** The forms' checks speak the screen's language: the contract's messages and zod's own. */
describe('the problem messages of the screens', () => {
  afterEach(() => {
    window.localStorage.clear();
    setProblemLocale('en');
  });

  it('shows the field messages of a form’s own check in French once French is chosen', async () => {
    window.localStorage.setItem('gcm.locale', 'fr');
    const fetchMock = stubFetch({});
    renderRoute('/sign-in');
    fireEvent.change(screen.getByLabelText('Adresse électronique'), { target: { value: 'pas une adresse' } });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

    await screen.findByRole('region', { name: /champs/ });
    expect(screen.getByLabelText('Adresse électronique')).toHaveAccessibleDescription(
      /doit être une adresse électronique, par exemple nom@ministere\.gouv/,
    );
    expect(screen.getByLabelText('Mot de passe')).toHaveAccessibleDescription(/est obligatoire/);
    expect(screen.getByLabelText('Mot de passe')).toHaveAccessibleDescription(/^(?!.*is required)/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('writes zod’s own messages in the language too, and English again when English is chosen', () => {
    const failed = () => z.object({ n: z.number() }).safeParse({ n: 'x' }).error as z.ZodError;
    const english = issuesToFieldErrors(failed()).n;
    setProblemLocale('fr');
    const french = issuesToFieldErrors(failed()).n;
    expect(french).not.toBe(english);
    expect(french).toMatch(/nombre/);
    setProblemLocale('en');
    expect(issuesToFieldErrors(failed()).n).toBe(english);
  });

  it('translates a field message the API wrote in English, and keeps one it wrote in French', () => {
    setProblemLocale('es');
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION',
      message: 'The request is not valid: email: must be an e-mail address',
      fieldErrors: [
        { path: 'email', message: 'must be an e-mail address' },
        { path: 'name', message: 'est obligatoire' },
      ],
    });
    expect(serverFieldErrors(error)).toEqual({
      email: 'debe ser una dirección de correo electrónico',
      name: 'est obligatoire',
    });
  });
});
