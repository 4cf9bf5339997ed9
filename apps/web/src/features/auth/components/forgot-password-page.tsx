import { ZForgotPasswordRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FormSubmit } from '../../../components/ui/form-submit';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { useForgotPassword } from '../api/forgot-password';

/** /forgot-password — asks for a reset link; the answer is the same whether or not the address is known. */
export function ForgotPasswordPage() {
  const forgot = useForgotPassword();
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const t = useT();

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
      <title>{`${t('account.forgot.title')} — ${t('shell.brand')}`}</title>
      <p className="back-link">
        <Link to="/sign-in">{t('account.forgot.back')}</Link>
      </p>
      <h1>{t('account.forgot.title')}</h1>
      <p className="page__lead">{t('account.forgot.lead')}</p>
      {forgot.isSuccess ? (
        <div className="notice notice--success" role="status" data-testid="forgot-password-answer">
          <p>{forgot.data.message}</p>
        </div>
      ) : null}
      {forgot.isError ? (
        <ErrorPanel
          title={
            isApiError(forgot.error) && forgot.error.status === 429
              ? t('account.forgot.throttled')
              : t('account.forgot.requestError')
          }
          error={forgot.error}
        />
      ) : null}
      <form className="card form" noValidate onSubmit={submit} aria-label={t('account.forgot.form')}>
        <ErrorSummary errors={errors} />
        <TextField
          label={t('account.email')}
          error={errorFor(errors, 'email')}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
        />
        <FormSubmit
          mutation={forgot}
          label={t('account.forgot.submit')}
          busyLabel={t('account.forgot.busy')}
        />
      </form>
    </div>
  );
}
