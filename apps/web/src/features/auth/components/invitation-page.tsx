import {
  formatInstant,
  localTimeZone,
  type TCurrentPerson,
  type TInvitationPreview,
  ZAcceptInvitationRequest,
} from '@gcm/domain';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { FormSubmit } from '../../../components/ui/form-submit';
import { Loading } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { organisationLabel, REVIEW_ROLE_LABELS } from '../../../lib/labels';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitation } from '../api/get-invitation';
import { safeNextPath } from '../next-path';
import { confirmationProblem, NewPasswordFields } from './new-password-fields';

/** Where to go once in: the review of the invitation (found by title among the new memberships). */
function destination(person: TCurrentPerson, invitation: TInvitationPreview, next: string | null): string {
  if (next) return safeNextPath(next);
  const membership =
    person.memberships.find((m) => m.reviewTitle === invitation.reviewTitle && m.role === invitation.role) ??
    person.memberships.find((m) => m.reviewTitle === invitation.reviewTitle);
  return membership ? `/reviews/${membership.reviewId}` : '/reviews';
}

function InvitationFacts({ invitation }: { invitation: TInvitationPreview }) {
  return (
    <dl className="details card" data-testid="invitation">
      <div className="details__row">
        <dt>Review</dt>
        <dd>{invitation.reviewTitle}</dd>
      </div>
      <div className="details__row">
        <dt>Your role</dt>
        <dd>{REVIEW_ROLE_LABELS[invitation.role]}</dd>
      </div>
      <div className="details__row">
        <dt>Organisation</dt>
        <dd>
          {invitation.organisation ? invitation.organisation.name : <span className="muted">None</span>}
          {invitation.organisation &&
          organisationLabel(invitation.organisation) !== invitation.organisation.name
            ? ` (${organisationLabel(invitation.organisation)})`
            : null}
        </dd>
      </div>
      <div className="details__row">
        <dt>Invited by</dt>
        <dd>{invitation.invitedBy ?? <span className="muted">The coordinator</span>}</dd>
      </div>
      <div className="details__row">
        <dt>E-mail</dt>
        <dd>{invitation.email}</dd>
      </div>
      <div className="details__row">
        <dt>Link valid until</dt>
        <dd>{formatInstant(invitation.expiresAt, localTimeZone())}</dd>
      </div>
    </dl>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: TInvitationPreview }) {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const accept = useAcceptInvitation(token);
  const [name, setName] = useState(invitation.name);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const request = invitation.hasPassword ? { password } : { name, password };
    const parsed = ZAcceptInvitationRequest.safeParse(request);
    const found: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error);
    const mismatch = invitation.hasPassword ? undefined : confirmationProblem(password, confirm);
    if (mismatch) found.confirm = mismatch;
    if (!parsed.success || mismatch) {
      setErrors(found);
      return;
    }
    setErrors({});
    accept.mutate(parsed.data, {
      onSuccess: (person) =>
        void navigate(destination(person, invitation, searchParams.get('next')), { replace: true }),
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <form className="card form" noValidate onSubmit={submit} aria-labelledby="accept-title">
      <h2 id="accept-title">{invitation.hasPassword ? 'Join with your account' : 'Choose your password'}</h2>
      {invitation.hasPassword ? (
        <>
          <p>You already have an account. Enter your current password to join this review.</p>
          <TextField
            label="Your current password"
            error={errorFor(errors, 'password')}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
          />
        </>
      ) : (
        <>
          <TextField
            label="Your name"
            error={errorFor(errors, 'name')}
            name="name"
            autoComplete="name"
            value={name}
            onChange={setName}
          />
          <NewPasswordFields
            password={password}
            confirm={confirm}
            onPasswordChange={setPassword}
            onConfirmChange={setConfirm}
            passwordError={errorFor(errors, 'password')}
            confirmError={errors.confirm}
          />
        </>
      )}
      <FormSubmit
        mutation={accept}
        label="Join the review"
        busyLabel="Joining…"
        errorTitle="The invitation could not be accepted"
      />
    </form>
  );
}

export function InvitationPage() {
  const { token = '' } = useParams();
  const { data, error, isPending, isError, refetch, isFetching } = useInvitation(token);

  let content: ReactNode;
  if (isPending) {
    content = <Loading label="Loading the invitation…" />;
  } else if (isError) {
    const status = isApiError(error) ? error.status : 0;
    const title =
      status === 409
        ? 'This invitation has already been used'
        : status === 404 || status === 400
          ? 'This invitation link is not valid or has expired'
          : 'The invitation could not be loaded';
    content = (
      <ErrorPanel
        title={title}
        error={error}
        {...(status === 0 || status >= 500 ? { onRetry: () => void refetch(), retrying: isFetching } : {})}
      >
        {status === 409 ? (
          <Link to="/sign-in">Sign in</Link>
        ) : (
          <span>Ask the coordinator of the review for a new invitation.</span>
        )}
      </ErrorPanel>
    );
  } else {
    content = (
      <>
        <p className="page__lead">
          {data.invitedBy ?? 'The coordinator'} invited you to take part in{' '}
          <strong>{data.reviewTitle}</strong>.
        </p>
        <InvitationFacts invitation={data} />
        <AcceptForm token={token} invitation={data} />
      </>
    );
  }

  return (
    <div className="page page--narrow">
      <title>Invitation — GCM Review Tracker</title>
      <h1>Your invitation</h1>
      {content}
    </div>
  );
}
