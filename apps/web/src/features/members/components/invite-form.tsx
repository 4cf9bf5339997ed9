import {
  formatInstant,
  localTimeZone,
  REVIEW_ROLES,
  type TDirectoryPerson,
  type TInviteMemberResponse,
  type TOrganisation,
  type TReviewRole,
  ZInviteMemberRequest,
} from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FormSubmit } from '../../../components/ui/form-submit';
import { OrganisationOptions } from '../../../components/ui/organisation-options';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { reviewRoleLabelId } from '../../../lib/labels';
import { useInviteMember } from '../api/invite-member';

const EMPTY = { email: '', name: '', title: '', role: 'contributor' as TReviewRole, organisationId: '' };

function InvitationSent({ invitation }: { invitation: TInviteMemberResponse }) {
  const t = useT();
  const locale = useLocale();
  const { member } = invitation;
  return (
    <div className="notice notice--success" role="status" data-testid="invitation-result">
      <p>
        <FormattedMessage
          id="members.invite.sent"
          values={{
            name: member.name,
            role: member.role,
            email: member.email,
            expires: formatInstant(invitation.expiresAt, localTimeZone(), 'dateTime', locale),
            b: (chunks) => <strong>{chunks}</strong>,
          }}
        />
      </p>
      <p>{t('members.invite.sentNote')}</p>
    </div>
  );
}

/**
 * Someone from the country's directory, not yet a member of the review: choosing them fills the
 * form (their organisation too, when it takes part in the review).
 */
function DirectoryChoice({
  people,
  organisations,
  onChoose,
}: {
  people: TDirectoryPerson[];
  organisations: TOrganisation[];
  onChoose: (fields: Partial<typeof EMPTY>) => void;
}) {
  const t = useT();
  const [chosen, setChosen] = useState('');
  if (people.length === 0) return null;
  return (
    <SelectField
      label={t('members.invite.directory')}
      hint={t('members.invite.directoryHint')}
      value={chosen}
      onChange={(personId) => {
        setChosen(personId);
        const person = people.find((p) => p.personId === personId);
        if (!person) return;
        const takesPart = organisations.some((o) => o.id === person.organisation?.id);
        onChoose({
          email: person.email,
          name: person.name,
          title: person.title ?? '',
          ...(takesPart && person.organisation ? { organisationId: person.organisation.id } : {}),
        });
      }}
    >
      <option value="">{t('members.invite.directoryNew')}</option>
      {people.map((person) => (
        <option key={person.personId} value={person.personId}>
          {person.name} ({person.email})
          {person.organisation ? `, ${person.organisation.shortName ?? person.organisation.name}` : ''}
        </option>
      ))}
    </SelectField>
  );
}

export function InviteForm({
  reviewId,
  organisations,
  directory = [],
}: {
  reviewId: string;
  organisations: TOrganisation[];
  /** The country directory's people who are not members yet. */
  directory?: TDirectoryPerson[];
}) {
  const t = useT();
  const invite = useInviteMember(reviewId);
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [result, setResult] = useState<TInviteMemberResponse | null>(null);

  function set<K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZInviteMemberRequest.safeParse({
      email: form.email,
      name: form.name,
      ...(form.title.trim() ? { title: form.title } : {}),
      role: form.role,
      ...(form.organisationId ? { organisationId: form.organisationId } : {}),
    });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setResult(null);
    invite.mutate(parsed.data, {
      onSuccess: (response) => {
        setResult(response);
        setForm(EMPTY);
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('members.invite.title')}</h2>
      {result ? <InvitationSent invitation={result} /> : null}
      <form className="form form--grid" noValidate onSubmit={submit} data-testid="invite-form">
        <ErrorSummary errors={errors} />
        <DirectoryChoice
          key={result?.member.membershipId ?? 'none'}
          people={directory}
          organisations={organisations}
          onChoose={(fields) => setForm((current) => ({ ...current, ...fields }))}
        />
        <TextField
          label={t('members.invite.email')}
          error={errorFor(errors, 'email')}
          type="email"
          autoComplete="off"
          value={form.email}
          onChange={(value) => set('email', value)}
        />
        <TextField
          label={t('members.invite.name')}
          error={errorFor(errors, 'name')}
          autoComplete="off"
          value={form.name}
          onChange={(value) => set('name', value)}
        />
        <TextField
          label={t('members.invite.jobTitle')}
          error={errorFor(errors, 'title')}
          hint={t('members.invite.optional')}
          autoComplete="off"
          value={form.title}
          onChange={(value) => set('title', value)}
        />
        <SelectField
          label={t('members.invite.role')}
          error={errorFor(errors, 'role')}
          value={form.role}
          onChange={(value) => set('role', value as TReviewRole)}
        >
          {REVIEW_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(reviewRoleLabelId(role))}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('members.invite.organisation')}
          error={errorFor(errors, 'organisationId')}
          hint={t('members.invite.organisationHint')}
          value={form.organisationId}
          onChange={(value) => set('organisationId', value)}
        >
          <OrganisationOptions organisations={organisations} none={t('members.none')} />
        </SelectField>
        <FormSubmit
          mutation={invite}
          label={t('members.invite.submit')}
          busyLabel={t('members.invite.inviting')}
          errorTitle={t('members.invite.failed')}
        />
      </form>
    </section>
  );
}
