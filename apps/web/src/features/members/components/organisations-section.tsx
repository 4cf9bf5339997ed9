import type { TMember, TOrganisation } from '@gcm/domain';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { QueryGate } from '../../../components/ui/query-gate';
import { useWorkspaceOrganisations } from '../../../lib/api/get-workspace-organisations';
import { useT } from '../../../lib/i18n/use-t';
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
  const t = useT();
  const remove = useRemoveReviewOrganisation(review.id, review.workspaceId, organisation.id);
  const name = organisation.name;
  return (
    <>
      <span className="org-list__name">
        {organisation.name}
        {organisation.shortName ? <span className="muted"> ({organisation.shortName})</span> : null}
      </span>
      <span className="org-list__type">{t(`ui.org.type.${organisation.type}`)}</span>
      <span className="org-list__contact">
        {organisation.headContact ? (
          t('members.orgs.headContact', { name: organisation.headContact.name })
        ) : (
          <span className="muted">{t('members.orgs.noHeadContact')}</span>
        )}
      </span>
      {canEdit ? (
        <span className="actions-cell">
          <button type="button" className="button button--secondary" onClick={onEdit}>
            <FormattedMessage
              id="members.orgs.edit"
              values={{ name, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
            />
          </button>
          <ConfirmButton
            label={t('members.orgs.remove')}
            question={t('members.orgs.removeQuestion', { name })}
            confirmLabel={t('members.orgs.removeConfirm')}
            busy={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        </span>
      ) : null}
      {remove.isError ? (
        <ErrorPanel title={t('members.orgs.removeFailed', { name })} error={remove.error} />
      ) : null}
    </>
  );
}

/** The coordinator's ways in: from the directory, a new organisation, or a whole CSV file. */
function AddOrganisations({ review, organisations }: { review: ReviewRef; organisations: TOrganisation[] }) {
  const t = useT();
  const directory = useWorkspaceOrganisations(review.workspaceId, false);
  const taking = new Set(organisations.map((organisation) => organisation.id));
  return (
    <>
      <QueryGate
        query={directory}
        loading={t('ui.page.loading.directory')}
        errorTitle={t('ui.page.failed.directory')}
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
          {t('members.orgs.importCsv')}
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
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="organisations-title">
      <h2 id="organisations-title">{t('members.orgs.title')}</h2>
      {organisations.length === 0 ? (
        <p className="muted">{t('members.orgs.empty')}</p>
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
