import { TextField } from './text-field';

interface NumberFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  hint?: string | undefined;
  min: number;
  max: number;
  disabled?: boolean;
}

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
}: NumberFieldProps) {
  return (
    <TextField
      label={label}
      error={error}
      hint={hint}
      className="input input--short"
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      step={1}
      value={value}
      disabled={disabled}
      onChange={onChange}
    />
  );
}
