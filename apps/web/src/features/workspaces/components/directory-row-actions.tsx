import { Badge } from '../../../components/ui/badge';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorPanel } from '../../../components/ui/error-panel';

/** Archived rows stay for history; the badge says so in words, not colour alone. */
export function DirectoryStatus({ archivedAt }: { archivedAt: string | null }) {
  return archivedAt ? (
    <Badge tone="muted" icon="▣" testId="archived">
      Archived
    </Badge>
  ) : (
    <span>Active</span>
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
  return (
    <>
      <div className="actions-cell">
        <button type="button" className="button button--secondary" onClick={onEdit}>
          Edit<span className="visually-hidden"> {name}</span>
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={update.isPending}
          onClick={() => update.mutate({ archived: !archived })}
        >
          {archived ? 'Restore' : 'Archive'}
          <span className="visually-hidden"> {name}</span>
        </button>
        {deletable ? (
          <ConfirmButton
            label={`Delete ${name}`}
            question={`Delete ${name} for good? This cannot be undone.`}
            confirmLabel="Yes, delete"
            busy={remove.isPending}
            onConfirm={() => remove.mutate(undefined)}
          />
        ) : null}
      </div>
      {update.isError ? (
        <ErrorPanel
          title={`${name} could not be ${archived ? 'restored' : 'archived'}`}
          error={update.error}
        />
      ) : null}
      {remove.isError ? <ErrorPanel title={`${name} could not be deleted`} error={remove.error} /> : null}
    </>
  );
}
