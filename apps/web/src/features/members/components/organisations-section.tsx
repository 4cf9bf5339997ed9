import { ORGANISATION_TYPE_LABELS, type TMember, type TOrganisation } from '@gcm/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { QueryGate } from '../../../components/ui/query-gate';
import { useWorkspaceOrganisations } from '../../../lib/api/get-workspace-organisations';
import { useRemoveReviewOrganisation } from '../api/remove-review-organisation';
import { AddFromDirectory, AddOrganisation, EditOrganisation } from './organisation-forms';

interface ReviewRef {
  id: string;
  workspaceId: string;
}

function OrganisationItem({
  review,
  organisation,
  canEdit,
  onEdit,
}: {
  review: ReviewRef;
  organisation: TOrganisation;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const remove = useRemoveReviewOrganisation(review.id, review.workspaceId, organisation.id);
  return (
    <>
      <span className="org-list__name">
        {organisation.name}
        {organisation.shortName ? <span className="muted"> ({organisation.shortName})</span> : null}
      </span>
      <span className="org-list__type">{ORGANISATION_TYPE_LABELS[organisation.type]}</span>
      <span className="org-list__contact">
        {organisation.headContact ? (
          <>Head contact: {organisation.headContact.name}</>
        ) : (
          <span className="muted">No head contact</span>
        )}
      </span>
      {canEdit ? (
        <span className="actions-cell">
          <button type="button" className="button button--secondary" onClick={onEdit}>
            Edit<span className="visually-hidden"> {organisation.name}</span>
          </button>
          <ConfirmButton
            label="Remove from the review"
            question={`Remove ${organisation.name} from this review? It stays in the country directory.`}
            confirmLabel="Yes, remove"
            busy={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        </span>
      ) : null}
      {remove.isError ? (
        <ErrorPanel
          title={`${organisation.name} could not be removed from the review`}
          error={remove.error}
        />
      ) : null}
    </>
  );
}

/** The coordinator's ways in: from the directory, a new organisation, or a whole CSV file. */
function AddOrganisations({ review, organisations }: { review: ReviewRef; organisations: TOrganisation[] }) {
  const directory = useWorkspaceOrganisations(review.workspaceId, false);
  const taking = new Set(organisations.map((organisation) => organisation.id));
  return (
    <>
      <QueryGate
        query={directory}
        loading="Loading the country directory…"
        errorTitle="The country directory could not be loaded"
      >
        {(data) => (
          <AddFromDirectory
            reviewId={review.id}
            workspaceId={review.workspaceId}
            candidates={data.organisations.filter((organisation) => !taking.has(organisation.id))}
          />
        )}
      </QueryGate>
      <AddOrganisation reviewId={review.id} />
      <p>
        <Link to={`/workspaces/${review.workspaceId}/import?reviewId=${review.id}`}>
          Import organisations and people from a CSV file
        </Link>
      </p>
    </>
  );
}

interface OrganisationsSectionProps {
  review: ReviewRef;
  organisations: TOrganisation[];
  members: TMember[];
  canEdit: boolean;
}

export function OrganisationsSection({ review, organisations, members, canEdit }: OrganisationsSectionProps) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="organisations-title">
      <h2 id="organisations-title">Organisations</h2>
      {organisations.length === 0 ? (
        <p className="muted">No organisation yet.</p>
      ) : (
        <ul className="org-list" data-testid="organisations">
          {organisations.map((organisation) => (
            <li key={organisation.id} className="org-list__item" data-testid="organisation-row">
              {editing === organisation.id ? (
                <EditOrganisation
                  reviewId={review.id}
                  organisation={organisation}
                  members={members.filter((member) => member.organisation?.id === organisation.id)}
                  onDone={() => setEditing(null)}
                />
              ) : (
                <OrganisationItem
                  review={review}
                  organisation={organisation}
                  canEdit={canEdit}
                  onEdit={() => setEditing(organisation.id)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? <AddOrganisations review={review} organisations={organisations} /> : null}
    </section>
  );
}
