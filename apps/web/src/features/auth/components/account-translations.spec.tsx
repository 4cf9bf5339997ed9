import type { TInvitationPreview } from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildOrganisation } from '../../../testing/fixtures';
import { callCount, renderRoute } from '../../../testing/render-route';

const TOKEN = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z_-';
const MLSP = buildOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });

function preview(overrides: Partial<TInvitationPreview> = {}): TInvitationPreview {
  return {
    email: 'oyunaa@mlsp.gov.mn.example',
    name: 'Oyunaa Bat',
    reviewTitle: 'Voluntary GCM Review — Mongolia 2020',
    role: 'contributor',
    organisation: MLSP,
    invitedBy: 'L. Munkhtushig',
    expiresAt: '2020-07-15T10:00:00.000Z',
    hasPassword: false,
    ...overrides,
  };
}

describe('the account screens in the person’s language', () => {
  it('shows the invitation in Spanish, the review’s title and the names as they are', async () => {
    window.localStorage.setItem('gcm.locale', 'es');
    const fetchMock = stubFetch({ [`GET /api/invitations/${TOKEN}`]: { status: 200, body: preview() } });
    renderRoute(`/invitations/${TOKEN}`);

    const facts = await screen.findByTestId('invitation');
    expect(screen.getByRole('heading', { level: 1, name: 'Su invitación' })).toBeInTheDocument();
    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === 'P' &&
          element.textContent ===
            'L. Munkhtushig le ha invitado a participar en Voluntary GCM Review — Mongolia 2020.',
      ),
    ).toBeInTheDocument();
    expect(facts).toHaveTextContent('Su función');
    expect(facts).toHaveTextContent('Colaborador (punto focal)');
    expect(facts).toHaveTextContent('Ministry of Labour and Social Protection (MLSP)');
    expect(facts).toHaveTextContent('Enlace válido hasta');
    expect(screen.getByRole('heading', { level: 2, name: 'Elija su contraseña' })).toBeInTheDocument();
    expect(screen.getByLabelText('Su nombre')).toHaveValue('Oyunaa Bat');
    expect(screen.getByLabelText('Nueva contraseña')).toHaveAccessibleDescription(
      /Como mínimo 10 caracteres/,
    );

    fireEvent.change(screen.getByLabelText('Nueva contraseña'), { target: { value: 'steppe-wind-2020' } });
    fireEvent.change(screen.getByLabelText('Confirme la nueva contraseña'), {
      target: { value: 'steppe-wind-2021' },
    });
    const submit = screen.getByRole('button', { name: 'Unirse al examen' });
    submit.focus();
    fireEvent.click(submit);

    const summary = await screen.findByRole('region', { name: 'Hay que corregir un campo' });
    expect(summary).toHaveFocus();
    expect(
      within(summary).getByRole('link', {
        name: 'Confirme la nueva contraseña: no coincide con la nueva contraseña',
      }),
    ).toBeInTheDocument();
    expect(callCount(fetchMock, `POST /api/invitations/${TOKEN}/accept`)).toBe(0);
  });

  it('says in Arabic that the server cannot be reached, and offers to try again', async () => {
    window.localStorage.setItem('gcm.locale', 'ar');
    stubFetch({
      [`GET /api/invitations/${TOKEN}`]: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    renderRoute(`/invitations/${TOKEN}`);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('تعذّر تحميل الدعوة');
    expect(alert).toHaveTextContent('يتعذّر الوصول إلى الخادم. تحقّق من اتصالك بالشبكة وأعد المحاولة.');
    expect(alert).not.toHaveTextContent('The server cannot be reached');
    expect(within(alert).getByRole('button', { name: 'إعادة المحاولة' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'دعوتك' })).toBeInTheDocument();
  });
});
