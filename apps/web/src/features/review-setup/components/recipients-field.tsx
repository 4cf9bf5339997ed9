import { Field } from '../../../components/ui/field';

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
    <Field label={label} error={error} hint="E-mail addresses, separated by commas or one per line.">
      {(control) => (
        <textarea
          {...control}
          className="input"
          rows={2}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
