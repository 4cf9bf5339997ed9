import type { TInstanceAccount, TUpdateAccountRequest } from '@gcm/domain';
import { Badge } from '../../../components/ui/badge';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { QueryGate } from '../../../components/ui/query-gate';
import { useSession } from '../../../lib/api/get-session';
import { isApiError } from '../../../lib/api-client';
import { useInstanceAccounts } from '../api/get-instance-accounts';
import { useUpdateAccount } from '../api/update-account';
import { AddAccountForm } from './add-account-form';
import { InstanceFrame } from './instance-frame';

function AccountStatus({ account }: { account: TInstanceAccount }) {
  if (account.suspended) {
    return (
      <Badge tone="danger" icon="■">
        Suspended
      </Badge>
    );
  }
  if (!account.activated) {
    return (
      <Badge tone="warning" icon="✉">
        Not activated
      </Badge>
    );
  }
  return (
    <Badge tone="success" icon="✓">
      Active
    </Badge>
  );
}

function AccountRow({ account, isSelf }: { account: TInstanceAccount; isSelf: boolean }) {
  const update = useUpdateAccount(account.id);
  const change = (request: Omit<TUpdateAccountRequest, 'version'>) =>
    update.mutate({ version: account.version, ...request });
  const conflict = isApiError(update.error) && update.error.status === 409;

  return (
    <tr data-testid="account-row">
      <th scope="row" data-label="Person">
        {account.name}
        <span className="muted block instance-row__detail">{account.email}</span>
      </th>
      <td data-label="Status">
        <AccountStatus account={account} />
      </td>
      <td data-label="Rights">
        {account.isAdministrator
          ? 'Administrator'
          : account.mayCreateReviews
            ? 'May start reviews'
            : 'Takes part when invited'}
      </td>
      <td data-label="Reviews">{account.reviewCount}</td>
      <td data-label="Actions">
        <div className="actions-cell">
          {account.isAdministrator ? null : (
            <button
              type="button"
              className="button button--secondary"
              disabled={update.isPending}
              onClick={() => change({ mayCreateReviews: !account.mayCreateReviews })}
            >
              {account.mayCreateReviews ? 'Withdraw "may start reviews"' : 'Grant "may start reviews"'}
            </button>
          )}
          {isSelf ? null : account.suspended ? (
            <ConfirmButton
              label="Restore"
              question={`Let ${account.name} sign in again?`}
              confirmLabel="Yes, restore"
              busy={update.isPending}
              onConfirm={() => change({ suspended: false })}
            />
          ) : (
            <ConfirmButton
              label="Suspend"
              question={`Suspend ${account.name}? They are signed out and cannot sign in until restored.`}
              confirmLabel="Yes, suspend"
              busy={update.isPending}
              onConfirm={() => change({ suspended: true })}
            />
          )}
        </div>
        {update.isError ? (
          <ErrorPanel
            title={
              conflict
                ? `${account.name} was changed by someone else meanwhile; the row shows it as it is now`
                : `${account.name} could not be changed`
            }
            error={update.error}
          />
        ) : null}
      </td>
    </tr>
  );
}

function Accounts() {
  const accounts = useInstanceAccounts();
  const { data: person } = useSession({ enabled: false });
  return (
    <QueryGate query={accounts} loading="Loading the accounts…" errorTitle="The accounts could not be loaded">
      {(data) => (
        <DataTable
          caption="Every account of the installation"
          columns={['Person', 'Status', 'Rights', 'Reviews', 'Actions']}
          stack
          className="instance-table"
          testId="accounts"
        >
          {data.accounts.map((account) => (
            <AccountRow key={account.id} account={account} isSelf={account.id === person?.id} />
          ))}
        </DataTable>
      )}
    </QueryGate>
  );
}

/** /instance/accounts — every account: who may start reviews, who is suspended; adding one. */
export function InstanceAccountsPage() {
  return (
    <InstanceFrame
      title="Accounts"
      lead="Everyone who can sign in to this installation. Coordinators invite the people of their reviews; here you grant who may start reviews, and suspend or restore an account."
    >
      <Accounts />
      <AddAccountForm />
    </InstanceFrame>
  );
}
