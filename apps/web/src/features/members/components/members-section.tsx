import { REVIEW_ROLES, type TMember, type TOrganisation, type TReviewRole } from '@gcm/domain';
import { useState } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { MemberStatusBadge } from '../../../components/ui/status-badge';
import { REVIEW_ROLE_LABELS } from '../../../lib/labels';
import { useRemoveMember } from '../api/remove-member';
import { useUpdateMember } from '../api/update-member';

interface MemberRowProps {
  reviewId: string;
  member: TMember;
  organisations: TOrganisation[];
  canEdit: boolean;
}

function MemberRow({ reviewId, member, organisations, canEdit }: MemberRowProps) {
  const update = useUpdateMember(reviewId);
  const remove = useRemoveMember(reviewId);
  const [role, setRole] = useState<TReviewRole>(member.role);
  const [organisationId, setOrganisationId] = useState(member.organisation?.id ?? '');
  const changed = role !== member.role || organisationId !== (member.organisation?.id ?? '');
  const error = update.error ?? remove.error;

  function save() {
    update.mutate({
      membershipId: member.membershipId,
      request: {
        ...(role !== member.role ? { role } : {}),
        ...(organisationId !== (member.organisation?.id ?? '')
          ? { organisationId: organisationId || null }
          : {}),
      },
    });
  }

  return (
    <tr data-testid="member-row">
      <th scope="row" data-label="Person">
        {member.name}
        {member.title ? <span className="muted block">{member.title}</span> : null}
      </th>
      <td data-label="E-mail">{member.email}</td>
      <td data-label="Organisation">
        {canEdit ? (
          <select
            className="input input--compact"
            aria-label={`Organisation of ${member.name}`}
            value={organisationId}
            onChange={(event) => setOrganisationId(event.target.value)}
          >
            <option value="">— None —</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.shortName ?? organisation.name}
              </option>
            ))}
          </select>
        ) : (
          (member.organisation?.name ?? <span className="muted">None</span>)
        )}
      </td>
      <td data-label="Role">
        {canEdit ? (
          <select
            className="input input--compact"
            aria-label={`Role of ${member.name}`}
            value={role}
            onChange={(event) => setRole(event.target.value as TReviewRole)}
          >
            {REVIEW_ROLES.map((value) => (
              <option key={value} value={value}>
                {REVIEW_ROLE_LABELS[value]}
              </option>
            ))}
          </select>
        ) : (
          REVIEW_ROLE_LABELS[member.role]
        )}
      </td>
      <td data-label="Status">
        <MemberStatusBadge active={member.status === 'active'} />
      </td>
      {canEdit ? (
        <td data-label="Actions">
          <div className="actions-cell">
            <button
              type="button"
              className="button button--secondary"
              disabled={!changed || update.isPending}
              onClick={save}
            >
              {update.isPending ? 'Saving…' : 'Save changes'}
            </button>
            <ConfirmButton
              label="Remove"
              question={`Remove ${member.name} from this review?`}
              confirmLabel="Yes, remove"
              busy={remove.isPending}
              onConfirm={() => remove.mutate(member.membershipId)}
            />
          </div>
          {error ? <ErrorPanel title={`${member.name} could not be changed`} error={error} /> : null}
        </td>
      ) : null}
    </tr>
  );
}

interface MembersSectionProps {
  reviewId: string;
  members: TMember[];
  organisations: TOrganisation[];
  canEdit: boolean;
}

export function MembersSection({ reviewId, members, organisations, canEdit }: MembersSectionProps) {
  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">People</h2>
      {members.length === 0 ? (
        <p className="muted">Nobody has been invited yet.</p>
      ) : (
        <ScrollArea>
          <table className="data-table data-table--stack" data-testid="members">
            <caption className="visually-hidden">People in this review, their roles and status</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">E-mail</th>
                <th scope="col">Organisation</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                {canEdit ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <MemberRow
                  key={`${member.membershipId}:${member.role}:${member.organisation?.id ?? ''}`}
                  reviewId={reviewId}
                  member={member}
                  organisations={organisations}
                  canEdit={canEdit}
                />
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </section>
  );
}
