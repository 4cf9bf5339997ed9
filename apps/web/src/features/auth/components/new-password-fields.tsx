import { PASSWORD_MIN_LENGTH } from '@gcm/domain';
import { TextField } from '../../../components/ui/text-field';

/** The message under the confirmation when it differs from the new password, else nothing. */
export function confirmationProblem(password: string, confirm: string): string | undefined {
  return confirm === password ? undefined : 'does not match the new password';
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
  return (
    <>
      <TextField
        label="New password"
        error={passwordError}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        type="password"
        name="new-password"
        autoComplete="new-password"
        value={password}
        onChange={onPasswordChange}
      />
      <TextField
        label="Confirm the new password"
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
