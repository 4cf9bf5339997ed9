import { type TInstanceAccount, ZCreateAccountRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Checkbox } from '../../../components/ui/checkbox';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FormSubmit } from '../../../components/ui/form-submit';
import { TextField } from '../../../components/ui/text-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { useCreateAccount } from '../api/create-account';

const EMPTY = { email: '', name: '', mayCreateReviews: false };

/** Adds a person to the installation, without a review yet: they get an e-mail to activate the account. */
export function AddAccountForm() {
  const t = useT();
  const create = useCreateAccount();
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [added, setAdded] = useState<TInstanceAccount | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateAccountRequest.safeParse(form);
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setAdded(null);
    create.mutate(parsed.data, {
      onSuccess: (account) => {
        setAdded(account);
        setForm(EMPTY);
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <section className="card" aria-labelledby="add-account-title">
      <h2 id="add-account-title">{t('instance.addAccount.title')}</h2>
      {added ? (
        <div className="notice notice--success" role="status" data-testid="account-added">
          <p>
            <FormattedMessage
              id="instance.addAccount.added"
              values={{ name: added.name, email: added.email, b: (chunks) => <strong>{chunks}</strong> }}
            />
          </p>
        </div>
      ) : null}
      <form
        className="form form--grid"
        noValidate
        onSubmit={submit}
        aria-label={t('instance.addAccount.title')}
      >
        <ErrorSummary errors={errors} />
        <TextField
          label={t('instance.addAccount.email')}
          error={errorFor(errors, 'email')}
          type="email"
          autoComplete="off"
          value={form.email}
          onChange={(email) => setForm((current) => ({ ...current, email }))}
        />
        <TextField
          label={t('instance.addAccount.name')}
          error={errorFor(errors, 'name')}
          autoComplete="off"
          value={form.name}
          onChange={(name) => setForm((current) => ({ ...current, name }))}
        />
        <Checkbox
          label={t('instance.accounts.rights.mayStart')}
          hint={t('instance.addAccount.mayStartHint')}
          checked={form.mayCreateReviews}
          onChange={(mayCreateReviews) => setForm((current) => ({ ...current, mayCreateReviews }))}
        />
        <FormSubmit
          mutation={create}
          label={t('instance.addAccount.submit')}
          busyLabel={t('instance.addAccount.adding')}
          errorTitle={t('instance.addAccount.failed')}
        />
      </form>
    </section>
  );
}
