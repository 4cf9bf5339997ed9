import {
  formatInstant,
  type TReviewDetail,
  type TReviewQuestion,
  type TWorkshopSummary,
  ZCreateWorkshopRequest,
} from '@gcm/domain';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { CopyButton } from '../../../components/ui/copy-button';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FormSubmit } from '../../../components/ui/form-submit';
import { QueryGate } from '../../../components/ui/query-gate';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { Loading } from '../../../components/ui/spinner';
import { useReviewOrganisations } from '../../../lib/api/get-review-organisations';
import { type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { reviewQuestions } from '../../../lib/question-info';
import { useCreateWorkshop } from '../api/create-workshop';
import { useMethodologyDraft } from '../api/get-methodology-draft';
import { useReviewWorkshops } from '../api/get-review-workshops';
import { basicsRequest, type WorkshopBasics, WorkshopFields } from './workshop-fields';
import { modeAndPlace } from './workshop-labels';

/** Earliest first, like the minutes of a review. */
export function byDate(workshops: readonly TWorkshopSummary[]): TWorkshopSummary[] {
  return [...workshops].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

function WorkshopsTable({ workshops, timeZone }: { workshops: TWorkshopSummary[]; timeZone: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <DataTable
      caption={t('workshops.list.caption', { timeZone })}
      columns={[
        t('workshops.list.dateIn', { timeZone }),
        t('workshops.list.workshop'),
        t('workshops.list.modePlace'),
        t('workshops.list.attendance'),
      ]}
      stack
      testId="workshops"
    >
      {byDate(workshops).map((workshop) => (
        <tr key={workshop.id} data-testid="workshop-row">
          <td data-label={t('workshops.list.date')}>
            <time dateTime={workshop.startsAt}>
              {formatInstant(workshop.startsAt, timeZone, 'dateTime', locale)}
            </time>
          </td>
          <th scope="row" data-label={t('workshops.list.workshop')}>
            <Link to={`/workshops/${workshop.id}`}>{workshop.title}</Link>
          </th>
          <td data-label={t('workshops.list.modePlace')}>{modeAndPlace(workshop, t)}</td>
          <td data-label={t('workshops.list.attendance')}>
            {workshop.attendance.text || <span className="muted">{t('workshops.list.noAttendance')}</span>}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

const EMPTY_FORM: WorkshopBasics = {
  title: '',
  startsAt: '',
  endsAt: '',
  mode: 'in_person',
  place: '',
  organiserIds: [],
};

function NewWorkshopForm({ review }: { review: TReviewDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const organisations = useReviewOrganisations(review.id);
  const create = useCreateWorkshop(review.id);
  const [form, setForm] = useState<WorkshopBasics>(EMPTY_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { endsAt, ...basics } = basicsRequest(form, review.timeZone);
    const parsed = ZCreateWorkshopRequest.safeParse({ ...basics, ...(endsAt ? { endsAt } : {}) });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (workshop) => void navigate(`/workshops/${workshop.id}`),
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <section className="card" aria-labelledby="new-workshop-title">
      <h2 id="new-workshop-title">{t('workshops.new.title')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={submit}
        aria-label={t('workshops.new.title')}
        data-testid="new-workshop-form"
      >
        <ErrorSummary errors={errors} />
        {create.isError ? <ErrorPanel title={t('workshops.new.error')} error={create.error} /> : null}
        <WorkshopFields
          form={form}
          onChange={setForm}
          errors={errors}
          organisations={organisations.data?.organisations ?? []}
          timeZone={review.timeZone}
        />
        <FormSubmit
          mutation={create}
          label={t('workshops.new.create')}
          busyLabel={t('workshops.new.creating')}
        />
      </form>
    </section>
  );
}

/** The question of the review the workshops page drafts (ESCAP 2020: question 9), if it has one. */
export function methodologyQuestion(review: TReviewDetail): TReviewQuestion | undefined {
  return reviewQuestions(review).find((question) => question.draftFrom === 'methodology');
}

/** The coordinator's draft of the methodology question, written from the recorded workshops. */
function MethodologyDraft({ reviewId, code }: { reviewId: string; code: string }) {
  const t = useT();
  const [asked, setAsked] = useState(false);
  const draft = useMethodologyDraft(reviewId, { enabled: asked });
  let content: ReactNode = null;
  if (!asked) {
    content = (
      <button type="button" className="button button--secondary" onClick={() => setAsked(true)}>
        {t('workshops.methodology.draft', { code })}
      </button>
    );
  } else if (draft.isError) {
    content = (
      <ErrorPanel
        title={t('workshops.methodology.error')}
        error={draft.error}
        onRetry={() => void draft.refetch()}
        retrying={draft.isFetching}
      />
    );
  } else if (!draft.data) {
    content = <Loading label={t('workshops.methodology.writing')} />;
  } else {
    content = (
      <>
        <div className="draft pre-wrap" data-testid="methodology-draft">
          {draft.data.body}
        </div>
        <p>
          <CopyButton text={draft.data.body} label={t('workshops.methodology.copy')} />
        </p>
      </>
    );
  }
  return (
    <section className="card" aria-labelledby="methodology-title">
      <h2 id="methodology-title">{t('workshops.methodology.title', { code })}</h2>
      <p className="muted">{t('workshops.methodology.lead', { code })}</p>
      {content}
    </section>
  );
}

function Workshops({ review }: { review: TReviewDetail }) {
  const t = useT();
  const reviewWorkshops = useReviewWorkshops(review.id);
  const coordinator = review.viewer.role === 'coordinator';
  const methodology = methodologyQuestion(review);
  return (
    <>
      <p className="page__lead">{t('workshops.list.lead')}</p>
      <section className="card" aria-labelledby="workshops-title">
        <h2 id="workshops-title">{t('workshops.list.title')}</h2>
        <QueryGate
          query={reviewWorkshops}
          loading={t('workshops.list.loading')}
          errorTitle={t('workshops.list.error')}
          isEmpty={(data) => data.workshops.length === 0}
          empty={t('workshops.list.empty')}
        >
          {(data) => <WorkshopsTable workshops={data.workshops} timeZone={review.timeZone} />}
        </QueryGate>
      </section>
      {coordinator ? (
        <>
          <NewWorkshopForm review={review} />
          {methodology && reviewWorkshops.data && reviewWorkshops.data.workshops.length > 0 ? (
            <MethodologyDraft reviewId={review.id} code={methodology.code} />
          ) : null}
        </>
      ) : null}
    </>
  );
}

export function WorkshopsPage() {
  const t = useT();
  const { reviewId = '' } = useParams();
  return (
    <ReviewFrame reviewId={reviewId} title={t('workshops.list.title')}>
      {(review) => <Workshops review={review} />}
    </ReviewFrame>
  );
}
