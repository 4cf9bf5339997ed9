import type { ReactNode } from 'react';
import { ErrorPanel } from './error-panel';

/** The part of a TanStack mutation the submit row reads (a `UseMutationResult` fits). */
export interface SubmittedMutation {
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

interface FormSubmitProps {
  mutation: SubmittedMutation;
  label: ReactNode;
  /** Shown on the button while the mutation runs: "Saving…". */
  busyLabel: string;
  /** The title of the panel shown above the button when the mutation failed; without one the form shows the failure itself. */
  errorTitle?: string;
  /** Beside the button: a cancel link or button, a status message. */
  children?: ReactNode;
}

/** The end of a form: why the last attempt failed, then the submit button (disabled while it runs). */
export function FormSubmit({ mutation, label, busyLabel, errorTitle, children }: FormSubmitProps) {
  return (
    <>
      {errorTitle && mutation.isError ? <ErrorPanel title={errorTitle} error={mutation.error} /> : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending ? busyLabel : label}
        </button>
        {children}
      </div>
    </>
  );
}
