import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { Field } from './field';

type SelectAttributes = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby' | 'children'
>;

interface SelectFieldProps extends SelectAttributes {
  label: string;
  /** A message from zod or from the server's `fieldErrors`. */
  error?: string | undefined;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLSelectElement>;
  /** The `<option>`s. */
  children: ReactNode;
}

/** A labelled drop-down list with its hint and error. */
export function SelectField({
  label,
  error,
  hint,
  value,
  onChange,
  ref,
  className = 'input',
  children,
  ...select
}: SelectFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <select
          {...select}
          {...control}
          ref={ref}
          className={className}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {children}
        </select>
      )}
    </Field>
  );
}
