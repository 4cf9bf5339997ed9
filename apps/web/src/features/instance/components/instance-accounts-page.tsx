import type { TInstanceAccount, TUpdateAccountRequest } from '@gcm/domain';
import { Badge } from '../../../components/ui/badge';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { QueryGate } from '../../../components/ui/query-gate';
import { useSession } from '../../../lib/api/get-session';
import { isApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n/use-t';
import { useInstanceAccounts } from '../api/get-instance-accounts';
import { useUpdateAccount } from '../api/update-account';
import { AddAccountForm } from './add-account-form';
import { InstanceFrame } from './instance-frame';

function AccountStatus({ account }: { account: TInstanceAccount }) {
  const t = useT();
  if (account.suspended) {
    return (
      <Badge tone="danger" icon="■">
        {t('instance.accounts.status.suspended')}
      </Badge>
    );
  }
  if (!account.activated) {
    return (
      <Badge tone="warning" icon="✉">
        {t('instance.accounts.status.notActivated')}
      </Badge>
    );
  }
  return (
    <Badge tone="success" icon="✓">
      {t('instance.accounts.status.active')}
    </Badge>
  );
}

function AccountRow({ account, isSelf }: { account: TInstanceAccount; isSelf: boolean }) {
  const t = useT();
  const update = useUpdateAccount(account.id);
  const change = (request: Omit<TUpdateAccountRequest, 'version'>) =>
    update.mutate({ version: account.version, ...request });
  const conflict = isApiError(update.error) && update.error.status === 409;
  const name = account.name;

  return (
    <tr data-testid="account-row">
      <th scope="row" data-label={t('instance.accounts.col.person')}>
        {account.name}
        <span className="muted block instance-row__detail">{account.email}</span>
      </th>
      <td data-label={t('instance.accounts.col.status')}>
        <AccountStatus account={account} />
      </td>
      <td data-label={t('instance.accounts.col.rights')}>
        {account.isAdministrator
          ? t('instance.accounts.rights.administrator')
          : account.mayCreateReviews
            ? t('instance.accounts.rights.mayStart')
            : t('instance.accounts.rights.whenInvited')}
      </td>
      <td data-label={t('instance.accounts.col.reviews')}>{account.reviewCount}</td>
      <td data-label={t('instance.accounts.col.actions')}>
        <div className="actions-cell">
          {account.isAdministrator ? null : (
            <button
              type="button"
              className="button button--secondary"
              disabled={update.isPending}
              onClick={() => change({ mayCreateReviews: !account.mayCreateReviews })}
            >
              {account.mayCreateReviews ? t('instance.accounts.withdraw') : t('instance.accounts.grant')}
            </button>
          )}
          {isSelf ? null : account.suspended ? (
            <ConfirmButton
              label={t('instance.accounts.restore')}
              question={t('instance.accounts.restoreQuestion', { name })}
              confirmLabel={t('instance.accounts.restoreConfirm')}
              busy={update.isPending}
              onConfirm={() => change({ suspended: false })}
            />
          ) : (
            <ConfirmButton
              label={t('instance.accounts.suspend')}
              question={t('instance.accounts.suspendQuestion', { name })}
              confirmLabel={t('instance.accounts.suspendConfirm')}
              busy={update.isPending}
              onConfirm={() => change({ suspended: true })}
            />
          )}
        </div>
        {update.isError ? (
          <ErrorPanel
            title={
              conflict ? t('instance.accounts.conflict', { name }) : t('instance.accounts.failed', { name })
            }
            error={update.error}
          />
        ) : null}
      </td>
    </tr>
  );
}

function Accounts() {
  const t = useT();
  const accounts = useInstanceAccounts();
  const { data: person } = useSession({ enabled: false });
  return (
    <QueryGate
      query={accounts}
      loading={t('instance.accounts.loading')}
      errorTitle={t('instance.accounts.loadError')}
    >
      {(data) => (
        <DataTable
          caption={t('instance.accounts.caption')}
          columns={[
            t('instance.accounts.col.person'),
            t('instance.accounts.col.status'),
            t('instance.accounts.col.rights'),
            t('instance.accounts.col.reviews'),
            t('instance.accounts.col.actions'),
          ]}
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
  const t = useT();
  return (
    <InstanceFrame title={t('instance.accounts.title')} lead={t('instance.accounts.lead')}>
      <Accounts />
      <AddAccountForm />
    </InstanceFrame>
  );
}
