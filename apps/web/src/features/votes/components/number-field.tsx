import { Field } from '../../../components/ui/field';

/** A whole number typed as text, so an empty box is refused with the contract's message. */
export function NumberField({
  label,
  value,
  onChange,
  error,
  hint,
  min,
  max,
  disabled = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  hint?: string;
  min: number;
  max: number;
  disabled?: boolean;
}) {
  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})}>
      {(control) => (
        <input
          {...control}
          className="input input--short"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
