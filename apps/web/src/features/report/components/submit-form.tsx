import { type TListSubmissionsResponse, type TSubmission, ZCreateSubmissionRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { Checkbox } from '../../../components/ui/checkbox';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { refusalOf, useCreateSubmission } from '../api/create-submission';
import { CompletenessItems } from './completeness-checklist';

/** Addresses as typed: separated by commas, semicolons or lines. */
export function parseAddresses(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

interface SubmitFormProps {
  reviewId: string;
  defaults: TListSubmissionsResponse['defaults'];
  /** "Amended version 2" when an amendment is open. */
  versionLabel: string;
  onSent?: (submission: TSubmission) => void;
}

/** (c) Sends the compiled report to ESCAP, once the coordinator confirms the recipients. */
export function SubmitForm({ reviewId, defaults, versionLabel, onSent }: SubmitFormProps) {
  const submit = useCreateSubmission(reviewId);
  const [to, setTo] = useState(defaults.to.join(', '));
  const [cc, setCc] = useState(defaults.cc.join(', '));
  const [note, setNote] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});

  function send(event: FormEvent) {
    event.preventDefault();
    const parsed = ZCreateSubmissionRequest.safeParse({
      to: parseAddresses(to),
      cc: parseAddresses(cc),
      ...(note.trim() !== '' ? { note } : {}),
      confirm,
    });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    submit.mutate(parsed.data, {
      onSuccess: (submission) => {
        setConfirm(false);
        onSent?.(submission);
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  const refusal = submit.isError ? refusalOf(submit.error) : null;
  return (
    <section className="card" aria-labelledby="submit-title">
      <h2 id="submit-title">Send the report to ESCAP</h2>
      <form className="form" onSubmit={send} noValidate data-testid="submit-form">
        <p className="muted">This sends the {versionLabel.toLowerCase()} of the report as a Word document.</p>
        <TextAreaField
          label="To"
          hint="Separate addresses with commas or put each on its own line."
          error={errorFor(errors, 'to')}
          rows={2}
          value={to}
          onChange={setTo}
        />
        <TextAreaField label="Cc" error={errorFor(errors, 'cc')} rows={2} value={cc} onChange={setCc} />
        <TextAreaField
          label="Note"
          hint="Optional: a message in the e-mail."
          error={errorFor(errors, 'note')}
          rows={3}
          value={note}
          onChange={setNote}
        />
        <Checkbox
          label="I confirm the recipients and that the report is ready to send"
          checked={confirm}
          onChange={setConfirm}
          testId="submit-confirm"
        />
        {errorFor(errors, 'confirm') ? (
          <p className="field__error">Tick the confirmation to send the report.</p>
        ) : null}
        {refusal ? (
          <div className="error-panel" role="alert" data-testid="submit-refused">
            <h3 className="error-panel__title">The report was not sent</h3>
            <p className="error-panel__message">{submit.error?.message}</p>
            <CompletenessItems reviewId={reviewId} items={refusal.items} />
          </div>
        ) : submit.isError ? (
          <ErrorPanel title="The report was not sent" error={submit.error} />
        ) : null}
        <div className="form__actions">
          <button
            type="submit"
            className="button"
            data-testid="submit-report"
            disabled={!confirm || submit.isPending}
          >
            {submit.isPending ? 'Sending…' : 'Send the report to ESCAP'}
          </button>
        </div>
      </form>
    </section>
  );
}
