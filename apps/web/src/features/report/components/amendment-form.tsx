import { formatInstant, localTimeZone, type TAmendment, ZCreateAmendmentRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Fieldset } from '../../../components/ui/field';
import { FormSubmit } from '../../../components/ui/form-submit';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useCreateAmendment } from '../api/create-amendment';

/** (e) Reopens chosen questions of the submitted report for an amended version. */
export function AmendmentForm({ reviewId, questionCodes }: { reviewId: string; questionCodes: string[] }) {
  const open = useCreateAmendment(reviewId);
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  function toggle(code: string, checked: boolean) {
    setChosen((current) =>
      checked
        ? questionCodes.filter((c) => c === code || current.includes(c))
        : current.filter((c) => c !== code),
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZCreateAmendmentRequest.safeParse({ questionCodes: chosen, note });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    open.mutate(parsed.data, { onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  return (
    <section className="card" aria-labelledby="amendment-title">
      <h2 id="amendment-title">Open an amendment</h2>
      <form className="form" onSubmit={submit} noValidate data-testid="amendment-form">
        <p className="muted">
          The submitted report is read-only. An amendment reopens the questions you choose; sending again
          makes the next amended version.
        </p>
        <Fieldset legend="Questions to reopen" error={errorFor(errors, 'questionCodes')}>
          <div className="chips">
            {questionCodes.map((code) => (
              <label key={code} className="choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(code)}
                  onChange={(event) => toggle(code, event.target.checked)}
                />{' '}
                Question {code}
              </label>
            ))}
          </div>
        </Fieldset>
        <TextAreaField
          label="What the amendment changes"
          error={errorFor(errors, 'note')}
          rows={3}
          value={note}
          onChange={setNote}
        />
        <FormSubmit
          mutation={open}
          label="Open the amendment"
          busyLabel="Opening…"
          errorTitle="The amendment could not be opened"
        />
      </form>
    </section>
  );
}

export function OpenAmendmentNotice({ amendment, reviewId }: { amendment: TAmendment; reviewId: string }) {
  return (
    <div className="notice" data-testid="open-amendment">
      <p>
        <strong>Amendment open</strong> since {formatInstant(amendment.openedAt, localTimeZone())}
        {amendment.openedBy ? ` (${amendment.openedBy.name})` : ''}: questions{' '}
        {amendment.questionCodes.map((code, index) => (
          <span key={code}>
            {index > 0 ? ', ' : ''}
            <Link to={`/reviews/${reviewId}/questions/${encodeURIComponent(code)}`}>{code}</Link>
          </span>
        ))}
        .
      </p>
      {amendment.note ? <p className="pre-wrap">{amendment.note}</p> : null}
    </div>
  );
}
