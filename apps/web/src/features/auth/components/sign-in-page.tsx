import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FormSubmit } from '../../../components/ui/form-submit';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { resetCacheForSession } from '../../../lib/query-keys';
import { loadSignInCheck, useSignIn } from '../api/sign-in';
import { SIGNED_OUT_STATE } from '../api/sign-out';
import { landingPath } from '../landing';
import { safeNextPath } from '../next-path';

function SignInError({ error }: { error: unknown }) {
  const t = useT();
  if (isApiError(error) && error.status === 429) {
    return (
      <ErrorPanel title={t('signIn.error.throttled')} error={error}>
        <p>{t('signIn.error.throttledHelp')}</p>
      </ErrorPanel>
    );
  }
  if (isApiError(error) && error.status === 401) {
    return <ErrorPanel title={t('signIn.error.wrong')} error={error} />;
  }
  return <ErrorPanel title={t('signIn.error.other')} error={error} />;
}

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  // The form's check (zod, the schema, the problem messages) comes after the page: fetched as soon
  // as the page is on the screen, awaited when the form is sent (docs/decisions/0025-web-serving.md).
  const [checking, setChecking] = useState(false);
  const [checkFailed, setCheckFailed] = useState<unknown>(null);
  const location = useLocation();
  const queryClient = useQueryClient();
  const signedOut = (location.state as typeof SIGNED_OUT_STATE | null)?.signedOut === true;
  const t = useT();

  useEffect(() => {
    if (!signedOut) return;
    resetCacheForSession(queryClient, null);
    // Once only: coming back to this entry later must not sign out a newer session.
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [signedOut, queryClient, navigate, location.pathname, location.search]);

  useEffect(() => {
    // Tried again when the form is sent, should this download fail.
    loadSignInCheck().catch(() => undefined);
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (checking) return;
    setChecking(true);
    setCheckFailed(null);
    loadSignInCheck().then(
      (schema) => {
        setChecking(false);
        const parsed = schema.safeParse({ email, password });
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
      },
      (error: unknown) => {
        setChecking(false);
        setCheckFailed(error);
      },
    );
  }

  return (
    <div className="page page--narrow">
      <title>{`${t('signIn.title')} — ${t('shell.brand')}`}</title>
      <h1>{t('signIn.title')}</h1>
      <p className="page__lead">{t('signIn.lead')}</p>
      {signIn.isError ? <SignInError error={signIn.error} /> : null}
      {checkFailed ? <ErrorPanel title={t('signIn.error.other')} error={checkFailed} /> : null}
      <form className="card form" noValidate onSubmit={submit} aria-label={t('signIn.title')}>
        <ErrorSummary errors={errors} />
        <TextField
          label={t('signIn.email')}
          error={errorFor(errors, 'email')}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
        />
        <TextField
          label={t('signIn.password')}
          error={errorFor(errors, 'password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <FormSubmit
          mutation={{ isPending: signIn.isPending || checking, isError: signIn.isError, error: signIn.error }}
          label={t('signIn.submit')}
          busyLabel={t('signIn.busy')}
        />
      </form>
      <p className="muted">
        {t('signIn.newHere')} <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <p>
        <Link to="/published">{t('signIn.published')}</Link> {t('signIn.publishedNote')}
      </p>
    </div>
  );
}
