import { ZChangePasswordRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FormSubmit } from '../../../components/ui/form-submit';
import { TextField } from '../../../components/ui/text-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { useChangePassword } from '../api/change-password';
import { confirmationProblem, NewPasswordFields } from './new-password-fields';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

/** /account/password — the signed-in person changes their password; their other sessions end. */
export function ChangePasswordPage() {
  const change = useChangePassword();
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const t = useT();

  function set(key: keyof typeof EMPTY, value: string) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZChangePasswordRequest.safeParse({
      currentPassword: form.currentPassword,
      newPassword: form.newPassword,
    });
    const found: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error);
    const mismatch = confirmationProblem(t, form.newPassword, form.confirm);
    if (mismatch) found.confirm = mismatch;
    if (!parsed.success || mismatch) {
      setErrors(found);
      return;
    }
    setErrors({});
    change.mutate(parsed.data, {
      onSuccess: () => setForm(EMPTY),
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <div className="page page--narrow">
      <title>{`${t('account.change.title')} — ${t('shell.brand')}`}</title>
      <h1>{t('account.change.title')}</h1>
      <p className="page__lead">{t('account.change.lead')}</p>
      {change.isSuccess ? (
        <div className="notice notice--success" role="status" data-testid="password-changed">
          <p>{t('account.change.done')}</p>
        </div>
      ) : null}
      <form className="card form" noValidate onSubmit={submit} aria-label={t('account.change.title')}>
        <ErrorSummary errors={errors} />
        <TextField
          label={t('account.change.current')}
          error={errorFor(errors, 'currentPassword')}
          type="password"
          name="current-password"
          autoComplete="current-password"
          value={form.currentPassword}
          onChange={(value) => set('currentPassword', value)}
        />
        <NewPasswordFields
          password={form.newPassword}
          confirm={form.confirm}
          onPasswordChange={(value) => set('newPassword', value)}
          onConfirmChange={(value) => set('confirm', value)}
          passwordError={errorFor(errors, 'newPassword')}
          confirmError={errors.confirm}
        />
        <FormSubmit
          mutation={change}
          label={t('account.change.title')}
          busyLabel={t('account.saving')}
          errorTitle={t('account.change.submitError')}
        />
      </form>
    </div>
  );
}
