import { formatInstant, localTimeZone, type TAccountLinkPreview, ZUseAccountLinkRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FormSubmit } from '../../../components/ui/form-submit';
import { Loading } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useAccountLink } from '../api/get-account-link';
import { useRedeemAccountLink } from '../api/redeem-account-link';
import { landingPath } from '../landing';
import { confirmationProblem, NewPasswordFields } from './new-password-fields';

/** A spent link sends the person to sign in; an unknown or expired one to ask for a new one. */
function UnusableLink({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const t = useT();
  const status = isApiError(error) ? error.status : 0;
  if (status === 409) {
    return (
      <ErrorPanel title={t('account.link.used')} error={error}>
        <Link to="/sign-in">{t('account.signIn')}</Link>
      </ErrorPanel>
    );
  }
  if (status === 404 || status === 400) {
    return (
      <ErrorPanel title={t('account.link.invalid')} error={error}>
        <Link to="/forgot-password">{t('account.link.askNew')}</Link>
      </ErrorPanel>
    );
  }
  return (
    <ErrorPanel title={t('account.link.checkError')} error={error} onRetry={onRetry} retrying={retrying} />
  );
}

function SetPasswordForm({ token, link }: { token: string; link: TAccountLinkPreview }) {
  const navigate = useNavigate();
  const redeem = useRedeemAccountLink(token);
  const activating = link.purpose === 'activation';
  const [name, setName] = useState(link.name);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const t = useT();
  const locale = useLocale();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZUseAccountLinkRequest.safeParse(activating ? { name, password } : { password });
    const found: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error);
    const mismatch = confirmationProblem(t, password, confirm);
    if (mismatch) found.confirm = mismatch;
    if (!parsed.success || mismatch) {
      setErrors(found);
      return;
    }
    setErrors({});
    redeem.mutate(parsed.data, {
      onSuccess: (person) => void navigate(landingPath(person), { replace: true }),
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <form className="card form" noValidate onSubmit={submit} aria-labelledby="set-password-title">
      <ErrorSummary errors={errors} />
      <h2 id="set-password-title">
        {activating ? t('account.password.choose') : t('account.link.chooseNew')}
      </h2>
      <p>
        <FormattedMessage
          id="account.link.for"
          values={{
            email: link.email,
            until: formatInstant(link.expiresAt, localTimeZone(), 'dateTime', locale),
            b: (chunks) => <strong>{chunks}</strong>,
          }}
        />
      </p>
      {activating ? (
        <TextField
          label={t('account.name')}
          error={errorFor(errors, 'name')}
          hint={t('account.name.hint')}
          name="name"
          autoComplete="name"
          value={name}
          onChange={setName}
        />
      ) : null}
      <NewPasswordFields
        password={password}
        confirm={confirm}
        onPasswordChange={setPassword}
        onConfirmChange={setConfirm}
        passwordError={errorFor(errors, 'password')}
        confirmError={errors.confirm}
      />
      <FormSubmit
        mutation={redeem}
        label={activating ? t('account.link.activate') : t('account.link.setNew')}
        busyLabel={t('account.saving')}
        errorTitle={t('account.link.submitError')}
      />
    </form>
  );
}

/** /account-links/:token — an e-mailed link that activates an account or resets its password. */
export function AccountLinkPage() {
  const { token = '' } = useParams();
  const link = useAccountLink(token);
  const t = useT();
  return (
    <div className="page page--narrow">
      <title>{`${t('account.link.title')} — ${t('shell.brand')}`}</title>
      <h1>{t('account.link.title')}</h1>
      {link.isPending ? (
        <Loading label={t('account.link.checking')} />
      ) : link.isError ? (
        <UnusableLink error={link.error} onRetry={() => void link.refetch()} retrying={link.isFetching} />
      ) : (
        <SetPasswordForm token={token} link={link.data} />
      )}
    </div>
  );
}
