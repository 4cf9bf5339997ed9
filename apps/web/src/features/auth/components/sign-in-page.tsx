import { ZSignInRequest } from '@gcm/domain';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { FormSubmit } from '../../../components/ui/form-submit';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { resetCacheForSession } from '../../../lib/query-keys';
import { useSignIn } from '../api/sign-in';
import { SIGNED_OUT_STATE } from '../api/sign-out';
import { landingPath } from '../landing';
import { safeNextPath } from '../next-path';

function SignInError({ error }: { error: unknown }) {
  if (isApiError(error) && error.status === 429) {
    return (
      <ErrorPanel title="Too many sign-in attempts" error={error}>
        <p>For your security, signing in is paused for a while. Wait a few minutes, then try again.</p>
      </ErrorPanel>
    );
  }
  if (isApiError(error) && error.status === 401) {
    return <ErrorPanel title="Wrong e-mail or password" error={error} />;
  }
  return <ErrorPanel title="You could not be signed in" error={error} />;
}

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const location = useLocation();
  const queryClient = useQueryClient();
  const signedOut = (location.state as typeof SIGNED_OUT_STATE | null)?.signedOut === true;

  useEffect(() => {
    if (!signedOut) return;
    resetCacheForSession(queryClient, null);
    // Once only: coming back to this entry later must not sign out a newer session.
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [signedOut, queryClient, navigate, location.pathname, location.search]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZSignInRequest.safeParse({ email, password });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    signIn.mutate(parsed.data, {
      onSuccess: (person) =>
        void navigate(safeNextPath(searchParams.get('next'), landingPath(person)), { replace: true }),
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <div className="page page--narrow">
      <title>Sign in — GCM Review Tracker</title>
      <h1>Sign in</h1>
      <p className="page__lead">Sign in with the e-mail address your review coordinator invited.</p>
      {signIn.isError ? <SignInError error={signIn.error} /> : null}
      <form className="card form" noValidate onSubmit={submit} aria-label="Sign in">
        <TextField
          label="E-mail"
          error={errorFor(errors, 'email')}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
        />
        <TextField
          label="Password"
          error={errorFor(errors, 'password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <FormSubmit mutation={signIn} label="Sign in" busyLabel="Signing in…" />
      </form>
      <p className="muted">
        New here? Open the invitation link from your e-mail to choose a password.{' '}
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        <Link to="/published">Read the published reports</Link> — no sign-in needed.
      </p>
    </div>
  );
}
