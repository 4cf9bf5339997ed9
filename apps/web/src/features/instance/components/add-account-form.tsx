import { type TInstanceAccount, ZCreateAccountRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { Checkbox } from '../../../components/ui/checkbox';
import { FormSubmit } from '../../../components/ui/form-submit';
import { TextField } from '../../../components/ui/text-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useCreateAccount } from '../api/create-account';

const EMPTY = { email: '', name: '', mayCreateReviews: false };

/** Adds a person to the installation, without a review yet: they get an e-mail to activate the account. */
export function AddAccountForm() {
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
      <h2 id="add-account-title">Add an account</h2>
      {added ? (
        <div className="notice notice--success" role="status" data-testid="account-added">
          <p>
            <strong>{added.name}</strong> is added. An e-mail with a link to activate the account is on its
            way to {added.email}.
          </p>
        </div>
      ) : null}
      <form className="form form--grid" noValidate onSubmit={submit} aria-label="Add an account">
        <TextField
          label="E-mail"
          error={errorFor(errors, 'email')}
          type="email"
          autoComplete="off"
          value={form.email}
          onChange={(email) => setForm((current) => ({ ...current, email }))}
        />
        <TextField
          label="Name"
          error={errorFor(errors, 'name')}
          autoComplete="off"
          value={form.name}
          onChange={(name) => setForm((current) => ({ ...current, name }))}
        />
        <Checkbox
          label="May start reviews"
          hint="Someone who coordinates their country's reviews themselves."
          checked={form.mayCreateReviews}
          onChange={(mayCreateReviews) => setForm((current) => ({ ...current, mayCreateReviews }))}
        />
        <FormSubmit
          mutation={create}
          label="Add and send the activation e-mail"
          busyLabel="Adding…"
          errorTitle="The account could not be added"
        />
      </form>
    </section>
  );
}
