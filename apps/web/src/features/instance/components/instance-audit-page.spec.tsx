import { fireEvent, screen } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { fakeUuid } from '../../../testing/fixtures';
import { buildAdministrator, buildInstanceAuditEvent } from '../../../testing/instance-fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

describe('InstanceAuditPage', () => {
  it('lists the newest events first and loads older ones with "before"', async () => {
    const newest = buildInstanceAuditEvent({
      id: '120',
      action: 'account.password_reset_requested',
      targetType: 'person',
      actor: null,
    });
    const created = buildInstanceAuditEvent({
      id: '119',
      review: { id: fakeUuid(), title: 'Voluntary GCM Review — Kazakhstan 2024' },
    });
    const older = buildInstanceAuditEvent({
      id: '42',
      action: 'account.administrator_made',
      targetType: 'person',
    });
    stubFetch({
      ...signedIn(buildAdministrator()),
      'GET /api/instance/audit?limit=50': {
        status: 200,
        body: { events: [newest, created], nextBefore: '119' },
      },
      'GET /api/instance/audit?before=119&limit=50': {
        status: 200,
        body: { events: [older], nextBefore: null },
      },
    });
    renderRoute('/instance/audit');

    const rows = await screen.findAllByTestId('instance-audit-event');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('System');
    expect(rows[0]).toHaveTextContent('Password reset requested');
    expect(rows[1]).toHaveTextContent('Installation administrator');
    expect(rows[1]).toHaveTextContent('Review created');
    expect(rows[1]).toHaveTextContent('Voluntary GCM Review — Kazakhstan 2024');

    fireEvent.click(screen.getByRole('button', { name: 'Load older' }));
    expect(await screen.findByText('Made an installation administrator')).toBeInTheDocument();
    expect(screen.getAllByTestId('instance-audit-event')).toHaveLength(3);
    expect(screen.getByText('That is everything.')).toBeInTheDocument();
  });

  it('says so when nothing has happened yet', async () => {
    stubFetch({
      ...signedIn(buildAdministrator()),
      'GET /api/instance/audit?limit=50': { status: 200, body: { events: [], nextBefore: null } },
    });
    renderRoute('/instance/audit');
    expect(await screen.findByText('Nothing has happened yet.')).toBeInTheDocument();
  });
});

describe('the installation’s audit trail in the person’s language', () => {
  it('names the actions and the kinds of record in Spanish', async () => {
    stubFetch({
      ...signedIn({ ...buildAdministrator(), locale: 'es' }),
      'GET /api/instance/audit?limit=50': {
        status: 200,
        body: {
          events: [
            buildInstanceAuditEvent({ id: '2', action: 'account.suspended', targetType: 'person' }),
            buildInstanceAuditEvent({ id: '1', action: 'directory.imported', targetType: 'workspace' }),
          ],
          nextBefore: null,
        },
      },
    });
    renderRoute('/instance/audit');

    const rows = await screen.findAllByTestId('instance-audit-event');
    expect(rows[0]).toHaveTextContent('Cuenta suspendida');
    expect(rows[0]).toHaveTextContent('Persona');
    expect(rows[1]).toHaveTextContent('Directorio importado');
    expect(rows[1]).toHaveTextContent('Directorio del país');
  });
});
