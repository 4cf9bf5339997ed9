import { ZChangePasswordRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { FormSubmit } from '../../../components/ui/form-submit';
import { TextField } from '../../../components/ui/text-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useChangePassword } from '../api/change-password';
import { confirmationProblem, NewPasswordFields } from './new-password-fields';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

/** /account/password — the signed-in person changes their password; their other sessions end. */
export function ChangePasswordPage() {
  const change = useChangePassword();
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});

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
    const mismatch = confirmationProblem(form.newPassword, form.confirm);
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
      <title>Change password — GCM Review Tracker</title>
      <h1>Change password</h1>
      <p className="page__lead">
        You stay signed in here. Anywhere else you are signed in, you will have to sign in again.
      </p>
      {change.isSuccess ? (
        <div className="notice notice--success" role="status" data-testid="password-changed">
          <p>Your password is changed. Your other sessions have ended.</p>
        </div>
      ) : null}
      <form className="card form" noValidate onSubmit={submit} aria-label="Change password">
        <TextField
          label="Current password"
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
          label="Change password"
          busyLabel="Saving…"
          errorTitle="The password could not be changed"
        />
      </form>
    </div>
  );
}
