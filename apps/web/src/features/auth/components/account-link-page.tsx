import { formatInstant, localTimeZone, type TAccountLinkPreview, ZUseAccountLinkRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { FormSubmit } from '../../../components/ui/form-submit';
import { Loading } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useAccountLink } from '../api/get-account-link';
import { useRedeemAccountLink } from '../api/redeem-account-link';
import { landingPath } from '../landing';
import { confirmationProblem, NewPasswordFields } from './new-password-fields';

/** A spent link sends the person to sign in; an unknown or expired one to ask for a new one. */
function UnusableLink({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const status = isApiError(error) ? error.status : 0;
  if (status === 409) {
    return (
      <ErrorPanel title="This link has already been used" error={error}>
        <Link to="/sign-in">Sign in</Link>
      </ErrorPanel>
    );
  }
  if (status === 404 || status === 400) {
    return (
      <ErrorPanel title="This link is not valid or has expired" error={error}>
        <Link to="/forgot-password">Ask for a new link</Link>
      </ErrorPanel>
    );
  }
  return (
    <ErrorPanel title="The link could not be checked" error={error} onRetry={onRetry} retrying={retrying} />
  );
}

function SetPasswordForm({ token, link }: { token: string; link: TAccountLinkPreview }) {
  const navigate = useNavigate();
  const redeem = useRedeemAccountLink(token);
  const activating = link.purpose === 'activation';
  const [name, setName] = useState(link.name);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZUseAccountLinkRequest.safeParse(activating ? { name, password } : { password });
    const found: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error);
    const mismatch = confirmationProblem(password, confirm);
    if (mismatch) found.confirm = mismatch;
    if (!parsed.success || mismatch) {
      setErrors(found);
      return;
    }
    setErrors({});
    redeem.mutate(parsed.data, {
      onSuccess: (person) => void navigate(landingPath(person), { replace: true }),
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <form className="card form" noValidate onSubmit={submit} aria-labelledby="set-password-title">
      <h2 id="set-password-title">{activating ? 'Choose your password' : 'Choose a new password'}</h2>
      <p>
        For <strong>{link.email}</strong>. This link works once, until{' '}
        {formatInstant(link.expiresAt, localTimeZone())}.
      </p>
      {activating ? (
        <TextField
          label="Your name"
          error={errorFor(errors, 'name')}
          hint="As others in your reviews will see it."
          name="name"
          autoComplete="name"
          value={name}
          onChange={setName}
        />
      ) : null}
      <NewPasswordFields
        password={password}
        confirm={confirm}
        onPasswordChange={setPassword}
        onConfirmChange={setConfirm}
        passwordError={errorFor(errors, 'password')}
        confirmError={errors.confirm}
      />
      <FormSubmit
        mutation={redeem}
        label={activating ? 'Activate my account' : 'Set the new password'}
        busyLabel="Saving…"
        errorTitle="The password could not be set"
      />
    </form>
  );
}

/** /account-links/:token — an e-mailed link that activates an account or resets its password. */
export function AccountLinkPage() {
  const { token = '' } = useParams();
  const link = useAccountLink(token);
  return (
    <div className="page page--narrow">
      <title>Your account — GCM Review Tracker</title>
      <h1>Your account</h1>
      {link.isPending ? (
        <Loading label="Checking the link…" />
      ) : link.isError ? (
        <UnusableLink error={link.error} onRetry={() => void link.refetch()} retrying={link.isFetching} />
      ) : (
        <SetPasswordForm token={token} link={link.data} />
      )}
    </div>
  );
}
