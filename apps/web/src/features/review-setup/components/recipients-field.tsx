import { TextAreaField } from '../../../components/ui/text-area-field';

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
  return (
    <TextAreaField
      label={label}
      error={error}
      hint="E-mail addresses, separated by commas or one per line."
      rows={2}
      value={value}
      onChange={onChange}
    />
  );
}
