import { formatInstant, localTimeZone, type TAmendment, ZCreateAmendmentRequest } from '@gcm/domain';
import { type FormEvent, Fragment, type ReactNode, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Fieldset } from '../../../components/ui/field';
import { FormSubmit } from '../../../components/ui/form-submit';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useCreateAmendment } from '../api/create-amendment';

/** (e) Reopens chosen questions of the submitted report for an amended version. */
export function AmendmentForm({ reviewId, questionCodes }: { reviewId: string; questionCodes: string[] }) {
  const open = useCreateAmendment(reviewId);
  const t = useT();
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
      <h2 id="amendment-title">{t('report.amend.title')}</h2>
      <form className="form" onSubmit={submit} noValidate data-testid="amendment-form">
        <ErrorSummary errors={errors} />
        <p className="muted">{t('report.amend.lead')}</p>
        <Fieldset legend={t('report.amend.questions')} error={errorFor(errors, 'questionCodes')}>
          <div className="chips">
            {questionCodes.map((code) => (
              <label key={code} className="choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(code)}
                  onChange={(event) => toggle(code, event.target.checked)}
                />{' '}
                {t('report.amend.question', { code })}
              </label>
            ))}
          </div>
        </Fieldset>
        <TextAreaField
          label={t('report.amend.note')}
          error={errorFor(errors, 'note')}
          rows={3}
          value={note}
          onChange={setNote}
        />
        <FormSubmit
          mutation={open}
          label={t('report.amend.submit')}
          busyLabel={t('report.amend.busy')}
          errorTitle={t('report.amend.error')}
        />
      </form>
    </section>
  );
}

export function OpenAmendmentNotice({ amendment, reviewId }: { amendment: TAmendment; reviewId: string }) {
  const t = useT();
  const locale = useLocale();
  const questions = amendment.questionCodes.map((code, index) => (
    <Fragment key={code}>
      {index > 0 ? t('report.list.separator') : ''}
      <Link to={`/reviews/${reviewId}/questions/${encodeURIComponent(code)}`}>{code}</Link>
    </Fragment>
  ));
  const values = {
    b: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
    date: formatInstant(amendment.openedAt, localTimeZone(), 'dateTime', locale),
    questions: <>{questions}</>,
  };
  return (
    <div className="notice" data-testid="open-amendment">
      <p>
        {amendment.openedBy ? (
          <FormattedMessage id="report.amend.openBy" values={{ ...values, name: amendment.openedBy.name }} />
        ) : (
          <FormattedMessage id="report.amend.open" values={values} />
        )}
      </p>
      {amendment.note ? <p className="pre-wrap">{amendment.note}</p> : null}
    </div>
  );
}
