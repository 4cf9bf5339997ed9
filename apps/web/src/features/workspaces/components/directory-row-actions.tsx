import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Badge } from '../../../components/ui/badge';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { useT } from '../../../lib/i18n/use-t';

/** Words only a screen reader says, inside a message: `<hidden> {name}</hidden>`. */
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** Archived rows stay for history; the badge says so in words, not colour alone. */
export function DirectoryStatus({ archivedAt }: { archivedAt: string | null }) {
  const t = useT();
  return archivedAt ? (
    <Badge tone="muted" icon="▣" testId="archived">
      {t('workspaces.row.archived')}
    </Badge>
  ) : (
    <span>{t('workspaces.row.active')}</span>
  );
}

/** The part of a TanStack mutation the buttons use (a `UseMutationResult` fits). */
interface RowMutation<TVariables> {
  mutate: (variables: TVariables) => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

interface DirectoryRowActionsProps {
  /** The organisation's or person's name, for the buttons' names and the messages. */
  name: string;
  archived: boolean;
  deletable: boolean;
  onEdit: () => void;
  /** The row's PATCH, sent `{ archived }` (a mutation of its own, apart from the edit form's). */
  update: RowMutation<{ archived: boolean }>;
  remove: RowMutation<void>;
}

/**
 * Edit, Archive or Restore, and Delete (only while nothing refers to the row, after a confirmation);
 * a refusal, such as the 409 of a row still in use, is shown under the buttons in the API's words.
 */
export function DirectoryRowActions({
  name,
  archived,
  deletable,
  onEdit,
  update,
  remove,
}: DirectoryRowActionsProps) {
  const t = useT();
  const intl = useIntl();
  return (
    <>
      <div className="actions-cell">
        <button type="button" className="button button--secondary" onClick={onEdit}>
          {intl.formatMessage({ id: 'workspaces.row.edit' }, { name, hidden })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={update.isPending}
          onClick={() => update.mutate({ archived: !archived })}
        >
          {intl.formatMessage(
            { id: archived ? 'workspaces.row.restore' : 'workspaces.row.archive' },
            { name, hidden },
          )}
        </button>
        {deletable ? (
          <ConfirmButton
            label={t('workspaces.row.delete', { name })}
            question={t('workspaces.row.deleteQuestion', { name })}
            confirmLabel={t('workspaces.row.deleteConfirm')}
            busy={remove.isPending}
            onConfirm={() => remove.mutate(undefined)}
          />
        ) : null}
      </div>
      {update.isError ? (
        <ErrorPanel
          title={t(archived ? 'workspaces.row.restoreFailed' : 'workspaces.row.archiveFailed', { name })}
          error={update.error}
        />
      ) : null}
      {remove.isError ? (
        <ErrorPanel title={t('workspaces.row.deleteFailed', { name })} error={remove.error} />
      ) : null}
    </>
  );
}
