import { REVIEW_ROLES, type TMember, type TOrganisation, type TReviewRole } from '@gcm/domain';
import { useState } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { MemberStatusBadge } from '../../../components/ui/status-badge';
import { useT } from '../../../lib/i18n/use-t';
import { reviewRoleLabelId } from '../../../lib/labels';
import { useRemoveMember } from '../api/remove-member';
import { useUpdateMember } from '../api/update-member';

interface MemberRowProps {
  reviewId: string;
  member: TMember;
  organisations: TOrganisation[];
  canEdit: boolean;
}

function MemberRow({ reviewId, member, organisations, canEdit }: MemberRowProps) {
  const t = useT();
  const name = member.name;
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
      <th scope="row" data-label={t('members.col.person')}>
        {member.name}
        {member.title ? <span className="muted block">{member.title}</span> : null}
      </th>
      <td data-label={t('members.col.email')}>{member.email}</td>
      <td data-label={t('members.col.organisation')}>
        {canEdit ? (
          <select
            className="input input--compact"
            aria-label={t('members.row.organisationOf', { name })}
            value={organisationId}
            onChange={(event) => setOrganisationId(event.target.value)}
          >
            <option value="">{t('members.none')}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.shortName ?? organisation.name}
              </option>
            ))}
          </select>
        ) : (
          (member.organisation?.name ?? <span className="muted">{t('members.row.noOrganisation')}</span>)
        )}
      </td>
      <td data-label={t('members.col.role')}>
        {canEdit ? (
          <select
            className="input input--compact"
            aria-label={t('members.row.roleOf', { name })}
            value={role}
            onChange={(event) => setRole(event.target.value as TReviewRole)}
          >
            {REVIEW_ROLES.map((value) => (
              <option key={value} value={value}>
                {t(reviewRoleLabelId(value))}
              </option>
            ))}
          </select>
        ) : (
          t(reviewRoleLabelId(member.role))
        )}
      </td>
      <td data-label={t('members.col.status')}>
        <MemberStatusBadge active={member.status === 'active'} />
      </td>
      {canEdit ? (
        <td data-label={t('members.col.actions')}>
          <div className="actions-cell">
            <button
              type="button"
              className="button button--secondary"
              disabled={!changed || update.isPending}
              onClick={save}
            >
              {update.isPending ? t('members.row.saving') : t('members.row.save')}
            </button>
            <ConfirmButton
              label={t('members.row.remove')}
              question={t('members.row.removeQuestion', { name })}
              confirmLabel={t('members.row.removeConfirm')}
              busy={remove.isPending}
              onConfirm={() => remove.mutate(member.membershipId)}
            />
          </div>
          {error ? <ErrorPanel title={t('members.row.failed', { name })} error={error} /> : null}
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
  const t = useT();
  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">{t('members.list.title')}</h2>
      {members.length === 0 ? (
        <p className="muted">{t('members.list.empty')}</p>
      ) : (
        <ScrollArea>
          <table className="data-table data-table--stack" data-testid="members">
            <caption className="visually-hidden">{t('members.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.col.person')}</th>
                <th scope="col">{t('members.col.email')}</th>
                <th scope="col">{t('members.col.organisation')}</th>
                <th scope="col">{t('members.col.role')}</th>
                <th scope="col">{t('members.col.status')}</th>
                {canEdit ? <th scope="col">{t('members.col.actions')}</th> : null}
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
