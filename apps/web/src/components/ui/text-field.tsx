import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from './field';

type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'
>;

interface TextFieldProps extends InputAttributes {
  label: string;
  /** A message from zod or from the server's `fieldErrors`. */
  error?: string | undefined;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled one-line input (text, e-mail, password, number, date) with its hint and error. */
export function TextField({
  label,
  error,
  hint,
  value,
  onChange,
  className = 'input',
  ...input
}: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <input
          {...input}
          {...control}
          className={className}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
