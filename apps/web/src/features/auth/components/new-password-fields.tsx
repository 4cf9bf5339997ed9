import { PASSWORD_MIN_LENGTH } from '@gcm/domain';
import { TextField } from '../../../components/ui/text-field';
import { useT } from '../../../lib/i18n/use-t';

/** The message under the confirmation when it differs from the new password, else nothing. */
export function confirmationProblem(
  t: ReturnType<typeof useT>,
  password: string,
  confirm: string,
): string | undefined {
  return confirm === password ? undefined : t('account.password.mismatch');
}

interface NewPasswordFieldsProps {
  password: string;
  confirm: string;
  onPasswordChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  passwordError: string | undefined;
  confirmError: string | undefined;
}

/** "New password" and its confirmation, typed twice because nobody can see what they typed. */
export function NewPasswordFields({
  password,
  confirm,
  onPasswordChange,
  onConfirmChange,
  passwordError,
  confirmError,
}: NewPasswordFieldsProps) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('account.password.new')}
        error={passwordError}
        hint={t('account.password.hint', { min: PASSWORD_MIN_LENGTH })}
        type="password"
        name="new-password"
        autoComplete="new-password"
        value={password}
        onChange={onPasswordChange}
      />
      <TextField
        label={t('account.password.confirm')}
        error={confirmError}
        type="password"
        name="confirm"
        autoComplete="new-password"
        value={confirm}
        onChange={onConfirmChange}
      />
    </>
  );
}
