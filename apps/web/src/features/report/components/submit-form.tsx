import { type TListSubmissionsResponse, type TSubmission, ZCreateSubmissionRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { Checkbox } from '../../../components/ui/checkbox';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
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
  /** The version it sends: 1 the original, 2 and more when an amendment is open. */
  version: number;
  onSent?: (submission: TSubmission) => void;
}

/** (c) Sends the compiled report to ESCAP, once the coordinator confirms the recipients. */
export function SubmitForm({ reviewId, defaults, version, onSent }: SubmitFormProps) {
  const t = useT();
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
      <h2 id="submit-title">{t('report.submit.title')}</h2>
      <form className="form" onSubmit={send} noValidate data-testid="submit-form">
        <ErrorSummary errors={errors} />
        <p className="muted">
          {version > 1 ? t('report.submit.leadAmended', { version }) : t('report.submit.leadOriginal')}
        </p>
        <TextAreaField
          label={t('report.submit.to')}
          hint={t('report.submit.toHint')}
          error={errorFor(errors, 'to')}
          rows={2}
          value={to}
          onChange={setTo}
        />
        <TextAreaField
          label={t('report.submit.cc')}
          error={errorFor(errors, 'cc')}
          rows={2}
          value={cc}
          onChange={setCc}
        />
        <TextAreaField
          label={t('report.submit.note')}
          hint={t('report.submit.noteHint')}
          error={errorFor(errors, 'note')}
          rows={3}
          value={note}
          onChange={setNote}
        />
        <Checkbox
          label={t('report.submit.confirm')}
          checked={confirm}
          onChange={setConfirm}
          testId="submit-confirm"
        />
        {errorFor(errors, 'confirm') ? (
          <p className="field__error">{t('report.submit.confirmError')}</p>
        ) : null}
        {refusal ? (
          <div className="error-panel" role="alert" data-testid="submit-refused">
            <h3 className="error-panel__title">{t('report.submit.notSent')}</h3>
            <p className="error-panel__message">{submit.error?.message}</p>
            <CompletenessItems reviewId={reviewId} items={refusal.items} />
          </div>
        ) : submit.isError ? (
          <ErrorPanel title={t('report.submit.notSent')} error={submit.error} />
        ) : null}
        <div className="form__actions">
          <button
            type="submit"
            className="button"
            data-testid="submit-report"
            disabled={!confirm || submit.isPending}
          >
            {submit.isPending ? t('report.submit.sending') : t('report.submit.send')}
          </button>
        </div>
      </form>
    </section>
  );
}
