import { ZForgotPasswordRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { FormSubmit } from '../../../components/ui/form-submit';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useForgotPassword } from '../api/forgot-password';

/** /forgot-password — asks for a reset link; the answer is the same whether or not the address is known. */
export function ForgotPasswordPage() {
  const forgot = useForgotPassword();
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZForgotPasswordRequest.safeParse({ email });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    forgot.mutate(parsed.data, { onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  return (
    <div className="page page--narrow">
      <title>Forgot your password? — GCM Review Tracker</title>
      <p className="back-link">
        <Link to="/sign-in">← Sign in</Link>
      </p>
      <h1>Forgot your password?</h1>
      <p className="page__lead">
        Give the e-mail address you sign in with, and we will send a link to choose a new password.
      </p>
      {forgot.isSuccess ? (
        <div className="notice notice--success" role="status" data-testid="forgot-password-answer">
          <p>{forgot.data.message}</p>
        </div>
      ) : null}
      {forgot.isError ? (
        <ErrorPanel
          title={
            isApiError(forgot.error) && forgot.error.status === 429
              ? 'Too many requests'
              : 'The link could not be requested'
          }
          error={forgot.error}
        />
      ) : null}
      <form className="card form" noValidate onSubmit={submit} aria-label="Ask for a new password">
        <TextField
          label="E-mail"
          error={errorFor(errors, 'email')}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
        />
        <FormSubmit mutation={forgot} label="Send me a link" busyLabel="Sending…" />
      </form>
    </div>
  );
}
