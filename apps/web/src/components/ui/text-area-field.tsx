import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { Field } from './field';

type TextAreaAttributes = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'
>;

interface TextAreaFieldProps extends TextAreaAttributes {
  label: string;
  /** A message from zod or from the server's `fieldErrors`. */
  error?: string | undefined;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled text of several lines with its hint and error. */
export function TextAreaField({
  label,
  error,
  hint,
  value,
  onChange,
  ref,
  className = 'input',
  ...textArea
}: TextAreaFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <textarea
          {...textArea}
          {...control}
          ref={ref}
          className={className}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
