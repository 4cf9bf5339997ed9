import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildAdministrator, buildInstanceAccount } from '../../../testing/instance-fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const ADMIN = buildAdministrator();
const COORDINATOR = buildInstanceAccount({
  name: 'A. Nurlanovna',
  email: 'coordinator@mfa.kz.example',
  version: 3,
});
const SELF = buildInstanceAccount({
  id: ADMIN.id,
  name: ADMIN.name,
  email: ADMIN.email,
  isAdministrator: true,
  mayCreateReviews: true,
  reviewCount: 0,
});
const PATCH = `PATCH /api/instance/accounts/${COORDINATOR.id}`;

async function openAccounts(extra: Parameters<typeof stubFetch>[0] = {}) {
  const fetchMock = stubFetch({
    ...signedIn(ADMIN),
    'GET /api/instance/accounts': { status: 200, body: { accounts: [SELF, COORDINATOR] } },
    ...extra,
  });
  renderRoute('/instance/accounts');
  const rows = await screen.findAllByTestId('account-row');
  return { fetchMock, rows: rows as [HTMLElement, HTMLElement] };
}

describe('InstanceAccountsPage', () => {
  it('lists every account with its status, rights and reviews; nobody can suspend themselves', async () => {
    const { rows } = await openAccounts();
    const [self, coordinator] = rows;
    expect(self).toHaveTextContent('Administrator');
    expect(within(self).queryByRole('button', { name: 'Suspend' })).not.toBeInTheDocument();
    expect(coordinator).toHaveTextContent('A. Nurlanovna');
    expect(coordinator).toHaveTextContent('coordinator@mfa.kz.example');
    expect(coordinator).toHaveTextContent('Active');
    expect(coordinator).toHaveTextContent('Takes part when invited');
    expect(within(coordinator).getByRole('button', { name: 'Grant "may start reviews"' })).toBeEnabled();
  });

  it('grants "may start reviews" with the version it is based on', async () => {
    let coordinator = COORDINATOR;
    const { fetchMock, rows } = await openAccounts({
      'GET /api/instance/accounts': () => ({ status: 200, body: { accounts: [SELF, coordinator] } }),
      [PATCH]: () => {
        coordinator = { ...COORDINATOR, mayCreateReviews: true, version: 4 };
        return { status: 200, body: coordinator };
      },
    });
    fireEvent.click(within(rows[1]).getByRole('button', { name: 'Grant "may start reviews"' }));
    expect(await screen.findByRole('button', { name: 'Withdraw "may start reviews"' })).toBeInTheDocument();
    expect(screen.getAllByTestId('account-row')[1]).toHaveTextContent('May start reviews');
    expect(sentBody(fetchMock, PATCH)).toEqual({ version: 3, mayCreateReviews: true });
  });

  it('suspends only after the confirmation', async () => {
    const { fetchMock, rows } = await openAccounts({
      [PATCH]: { status: 200, body: { ...COORDINATOR, suspended: true, version: 4 } },
    });
    fireEvent.click(within(rows[1]).getByRole('button', { name: 'Suspend' }));
    expect(callCount(fetchMock, PATCH)).toBe(0);
    expect(rows[1]).toHaveTextContent('Suspend A. Nurlanovna?');
    fireEvent.click(within(rows[1]).getByRole('button', { name: 'Yes, suspend' }));
    await waitFor(() => expect(callCount(fetchMock, PATCH)).toBe(1));
    expect(sentBody(fetchMock, PATCH)).toEqual({ version: 3, suspended: true });
  });

  it('shows the conflict message of a 409 and loads the accounts again', async () => {
    const { fetchMock, rows } = await openAccounts({
      [PATCH]: {
        status: 409,
        body: { statusCode: 409, code: 'CONFLICT', message: 'Someone else changed this account meanwhile.' },
      },
    });
    fireEvent.click(within(rows[1]).getByRole('button', { name: 'Grant "may start reviews"' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('was changed by someone else meanwhile');
    expect(alert).toHaveTextContent('Someone else changed this account meanwhile.');
    expect(callCount(fetchMock, 'GET /api/instance/accounts')).toBe(2);
  });

  it('adds an account, and shows field errors from a 400', async () => {
    let posts = 0;
    const added = buildInstanceAccount({
      name: 'B. Sarsenova',
      email: 'b.sarsenova@mfa.kz.example',
      activated: false,
    });
    const { fetchMock } = await openAccounts({
      'POST /api/instance/accounts': () => {
        posts += 1;
        return posts === 1
          ? {
              status: 400,
              body: {
                statusCode: 400,
                code: 'VALIDATION',
                message: 'The request is not valid.',
                fieldErrors: [{ path: 'email', message: 'is used by another account' }],
              },
            }
          : { status: 201, body: added };
      },
    });
    const form = screen.getByRole('form', { name: 'Add an account' });
    fireEvent.change(within(form).getByLabelText('E-mail'), {
      target: { value: 'b.sarsenova@mfa.kz.example' },
    });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'B. Sarsenova' } });
    fireEvent.click(within(form).getByLabelText('May start reviews'));
    const send = within(form).getByRole('button', { name: 'Add and send the activation e-mail' });
    fireEvent.click(send);
    expect(await screen.findByText('The account could not be added')).toBeInTheDocument();
    expect(within(form).getByLabelText('E-mail')).toHaveAccessibleDescription(/is used by another account/);

    fireEvent.click(send);
    expect(await screen.findByTestId('account-added')).toHaveTextContent(
      'An e-mail with a link to activate the account is on its way to b.sarsenova@mfa.kz.example.',
    );
    expect(sentBody(fetchMock, 'POST /api/instance/accounts', 1)).toEqual({
      email: 'b.sarsenova@mfa.kz.example',
      name: 'B. Sarsenova',
      mayCreateReviews: true,
    });
  });
});
