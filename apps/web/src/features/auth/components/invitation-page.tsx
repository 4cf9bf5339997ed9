import {
  formatInstant,
  localTimeZone,
  type TCurrentPerson,
  type TInvitationPreview,
  ZAcceptInvitationRequest,
} from '@gcm/domain';
import { type FormEvent, type ReactNode, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FormSubmit } from '../../../components/ui/form-submit';
import { Loading } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { organisationLabel, reviewRoleLabelId } from '../../../lib/labels';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitation } from '../api/get-invitation';
import { safeNextPath } from '../next-path';
import { confirmationProblem, NewPasswordFields } from './new-password-fields';

/** Where to go once in: the review of the invitation (found by title among the new memberships). */
function destination(person: TCurrentPerson, invitation: TInvitationPreview, next: string | null): string {
  if (next) return safeNextPath(next);
  const membership =
    person.memberships.find((m) => m.reviewTitle === invitation.reviewTitle && m.role === invitation.role) ??
    person.memberships.find((m) => m.reviewTitle === invitation.reviewTitle);
  return membership ? `/reviews/${membership.reviewId}` : '/reviews';
}

function InvitationFacts({ invitation }: { invitation: TInvitationPreview }) {
  const t = useT();
  const locale = useLocale();
  return (
    <dl className="details card" data-testid="invitation">
      <div className="details__row">
        <dt>{t('account.invitation.review')}</dt>
        <dd>{invitation.reviewTitle}</dd>
      </div>
      <div className="details__row">
        <dt>{t('account.invitation.role')}</dt>
        <dd>{t(reviewRoleLabelId(invitation.role))}</dd>
      </div>
      <div className="details__row">
        <dt>{t('account.invitation.organisation')}</dt>
        <dd>
          {invitation.organisation ? (
            invitation.organisation.name
          ) : (
            <span className="muted">{t('account.invitation.noOrganisation')}</span>
          )}
          {invitation.organisation &&
          organisationLabel(invitation.organisation) !== invitation.organisation.name
            ? ` (${organisationLabel(invitation.organisation)})`
            : null}
        </dd>
      </div>
      <div className="details__row">
        <dt>{t('account.invitation.invitedBy')}</dt>
        <dd>
          {invitation.invitedBy ?? <span className="muted">{t('account.invitation.theCoordinator')}</span>}
        </dd>
      </div>
      <div className="details__row">
        <dt>{t('account.email')}</dt>
        <dd>{invitation.email}</dd>
      </div>
      <div className="details__row">
        <dt>{t('account.invitation.validUntil')}</dt>
        <dd>{formatInstant(invitation.expiresAt, localTimeZone(), 'dateTime', locale)}</dd>
      </div>
    </dl>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: TInvitationPreview }) {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const accept = useAcceptInvitation(token);
  const [name, setName] = useState(invitation.name);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const t = useT();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const request = invitation.hasPassword ? { password } : { name, password };
    const parsed = ZAcceptInvitationRequest.safeParse(request);
    const found: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error);
    const mismatch = invitation.hasPassword ? undefined : confirmationProblem(t, password, confirm);
    if (mismatch) found.confirm = mismatch;
    if (!parsed.success || mismatch) {
      setErrors(found);
      return;
    }
    setErrors({});
    accept.mutate(parsed.data, {
      onSuccess: (person) =>
        void navigate(destination(person, invitation, searchParams.get('next')), { replace: true }),
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <form className="card form" noValidate onSubmit={submit} aria-labelledby="accept-title">
      <ErrorSummary errors={errors} />
      <h2 id="accept-title">
        {invitation.hasPassword ? t('account.invitation.joinTitle') : t('account.password.choose')}
      </h2>
      {invitation.hasPassword ? (
        <>
          <p>{t('account.invitation.haveAccount')}</p>
          <TextField
            label={t('account.invitation.currentPassword')}
            error={errorFor(errors, 'password')}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
          />
        </>
      ) : (
        <>
          <TextField
            label={t('account.name')}
            error={errorFor(errors, 'name')}
            name="name"
            autoComplete="name"
            value={name}
            onChange={setName}
          />
          <NewPasswordFields
            password={password}
            confirm={confirm}
            onPasswordChange={setPassword}
            onConfirmChange={setConfirm}
            passwordError={errorFor(errors, 'password')}
            confirmError={errors.confirm}
          />
        </>
      )}
      <FormSubmit
        mutation={accept}
        label={t('account.invitation.submit')}
        busyLabel={t('account.invitation.busy')}
        errorTitle={t('account.invitation.submitError')}
      />
    </form>
  );
}

export function InvitationPage() {
  const { token = '' } = useParams();
  const { data, error, isPending, isError, refetch, isFetching } = useInvitation(token);
  const t = useT();

  let content: ReactNode;
  if (isPending) {
    content = <Loading label={t('account.invitation.loading')} />;
  } else if (isError) {
    const status = isApiError(error) ? error.status : 0;
    const title =
      status === 409
        ? t('account.invitation.used')
        : status === 404 || status === 400
          ? t('account.invitation.invalid')
          : t('account.invitation.loadError');
    content = (
      <ErrorPanel
        title={title}
        error={error}
        {...(status === 0 || status >= 500 ? { onRetry: () => void refetch(), retrying: isFetching } : {})}
      >
        {status === 409 ? (
          <Link to="/sign-in">{t('account.signIn')}</Link>
        ) : (
          <span>{t('account.invitation.askNew')}</span>
        )}
      </ErrorPanel>
    );
  } else {
    content = (
      <>
        <p className="page__lead">
          <FormattedMessage
            id={data.invitedBy ? 'account.invitation.lead' : 'account.invitation.leadCoordinator'}
            values={{
              inviter: data.invitedBy,
              review: data.reviewTitle,
              b: (chunks) => <strong>{chunks}</strong>,
            }}
          />
        </p>
        <InvitationFacts invitation={data} />
        <AcceptForm token={token} invitation={data} />
      </>
    );
  }

  return (
    <div className="page page--narrow">
      <title>{`${t('account.invitation.pageTitle')} — ${t('shell.brand')}`}</title>
      <h1>{t('account.invitation.title')}</h1>
      {content}
    </div>
  );
}
