import { TextAreaField } from '../../../components/ui/text-area-field';
import { useT } from '../../../lib/i18n/use-t';

/** A list of e-mail addresses typed in a small text box: "Send to", "Copy to (Cc)". */
export function RecipientsField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const t = useT();
  return (
    <TextAreaField
      label={label}
      error={error}
      hint={t('reviewSetup.recipients.hint')}
      rows={2}
      value={value}
      onChange={onChange}
    />
  );
}
