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
import { FormSubmit } from '../../../components/ui/form-submit';
import { OrganisationOptions } from '../../../components/ui/organisation-options';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { REVIEW_ROLE_LABELS } from '../../../lib/labels';
import { useInviteMember } from '../api/invite-member';

const EMPTY = { email: '', name: '', title: '', role: 'contributor' as TReviewRole, organisationId: '' };

function InvitationSent({ invitation }: { invitation: TInviteMemberResponse }) {
  const { member } = invitation;
  return (
    <div className="notice notice--success" role="status" data-testid="invitation-result">
      <p>
        <strong>{member.name}</strong> is invited as {REVIEW_ROLE_LABELS[member.role].toLowerCase()}. An
        e-mail with a personal link is on its way to {member.email}; the link works once, until{' '}
        {formatInstant(invitation.expiresAt, localTimeZone())}. {member.name} takes part from the moment they
        open it.
      </p>
      <p>
        The link goes to that address only, so that nobody else can use it. If the e-mail does not arrive,
        check the address and invite again: a new link replaces the old one.
      </p>
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
  const [chosen, setChosen] = useState('');
  if (people.length === 0) return null;
  return (
    <SelectField
      label="From the country directory"
      hint="Optional: fills in the person's details; you can still change them."
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
      <option value="">— Type a new person below —</option>
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
      <h2 id="invite-title">Invite a person</h2>
      {result ? <InvitationSent invitation={result} /> : null}
      <form className="form form--grid" noValidate onSubmit={submit} data-testid="invite-form">
        <DirectoryChoice
          key={result?.member.membershipId ?? 'none'}
          people={directory}
          organisations={organisations}
          onChoose={(fields) => setForm((current) => ({ ...current, ...fields }))}
        />
        <TextField
          label="E-mail"
          error={errorFor(errors, 'email')}
          type="email"
          autoComplete="off"
          value={form.email}
          onChange={(value) => set('email', value)}
        />
        <TextField
          label="Name"
          error={errorFor(errors, 'name')}
          autoComplete="off"
          value={form.name}
          onChange={(value) => set('name', value)}
        />
        <TextField
          label="Job title"
          error={errorFor(errors, 'title')}
          hint="Optional."
          autoComplete="off"
          value={form.title}
          onChange={(value) => set('title', value)}
        />
        <SelectField
          label="Role"
          error={errorFor(errors, 'role')}
          value={form.role}
          onChange={(value) => set('role', value as TReviewRole)}
        >
          {REVIEW_ROLES.map((role) => (
            <option key={role} value={role}>
              {REVIEW_ROLE_LABELS[role]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Organisation"
          error={errorFor(errors, 'organisationId')}
          hint="Required for a contributor: the organisation they answer for."
          value={form.organisationId}
          onChange={(value) => set('organisationId', value)}
        >
          <OrganisationOptions organisations={organisations} none="— None —" />
        </SelectField>
        <FormSubmit
          mutation={invite}
          label="Invite"
          busyLabel="Inviting…"
          errorTitle="The person could not be invited"
        />
      </form>
    </section>
  );
}
