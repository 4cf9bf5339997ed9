import type { TCompletenessReport, TReportPreview } from '@gcm/domain';
import { screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildCurrentPerson, buildReviewDetail, buildSubmission } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const API = `/api/reviews/${REVIEW_ID}`;

const CHECK: TCompletenessReport = {
  ready: false,
  items: [
    { id: 'contact:email', level: 'error', message: 'The contact has no e-mail address.', link: 'contact' },
    {
      id: 'question-draft:2b',
      level: 'error',
      message: 'Question 2b is still a draft',
      questionCode: '2b',
      link: 'question',
    },
  ],
};

/** The compiled report, in its questionnaire's language (English here). */
const PREVIEW: TReportPreview = {
  version: 1,
  text: '',
  attachments: [],
  outline: [
    { kind: 'title', text: 'Voluntary GCM Review', subtitle: 'Mongolia' },
    { kind: 'heading', level: 2, text: 'Coordinating office', anchor: 'contact' },
  ],
};

describe('The report page in the coordinator’s language', () => {
  it('speaks French around the report, which stays in its questionnaire’s language', async () => {
    stubFetch({
      ...signedIn(buildCurrentPerson({ locale: 'fr' })),
      [`GET ${API}`]: {
        status: 200,
        body: {
          ...buildReviewDetail({
            summary: { id: REVIEW_ID, status: 'submitted' },
            viewer: { role: 'coordinator', organisationId: null },
          }),
          consentToPublish: null,
        },
      },
      [`GET ${API}/report/preview`]: { status: 200, body: PREVIEW },
      [`GET ${API}/submissions`]: {
        status: 200,
        body: {
          submissions: [buildSubmission({ reviewId: REVIEW_ID })],
          defaults: { to: ['escap-sdd@un.org'], cc: [] },
          openAmendment: null,
        },
      },
      [`GET ${API}/completeness`]: { status: 200, body: CHECK },
    });
    renderRoute(`/reviews/${REVIEW_ID}/report`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Rapport' })).toBeInTheDocument();
    const checklist = screen.getByTestId('completeness');
    expect(within(checklist).getByRole('heading', { name: 'Exhaustivité' })).toBeInTheDocument();
    expect(await within(checklist).findByTestId('completeness-verdict')).toHaveTextContent(
      /^Le rapport a été envoyé le 12 novembre 2020 \(version 1\)\. Pour envoyer une version modifiée/,
    );
    // The check's messages are in French through the problem catalogues; one the catalogues do not
    // know stays as the server wrote it.
    expect(
      within(checklist).getByRole('heading', { name: '2 erreurs à corriger avant l’envoi' }),
    ).toBeVisible();
    const errors = within(checklist).getByTestId('completeness-errors');
    expect(errors).toHaveTextContent('Erreur : The contact has no e-mail address.');
    expect(errors).toHaveTextContent('Erreur : La question 2b est encore à l’état de projet');
    expect(within(errors).getByRole('link', { name: 'Coordonnées dans les paramètres' })).toBeInTheDocument();

    const preview = screen.getByTestId('report-preview');
    expect(within(preview).getByRole('heading', { name: 'Aperçu' })).toBeInTheDocument();
    expect(await within(preview).findByText('Première version, 0 pièce jointe.')).toBeInTheDocument();
    expect(within(preview).getByRole('heading', { name: 'Coordinating office' })).toBeInTheDocument();
    expect(within(preview).getByRole('link', { name: 'Télécharger le document Word' })).toBeInTheDocument();

    const row = (await screen.findAllByTestId('submission-row'))[0] as HTMLElement;
    expect(row).toHaveTextContent('Original');
    expect(row).toHaveTextContent('par L. Munkhtushig');
    expect(row).toHaveTextContent('À : escap-sdd@un.org');
    expect(within(row).getByTestId('submission-email')).toHaveTextContent('Courriel envoyé');

    expect(screen.getByRole('heading', { name: 'Ouvrir un amendement' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ouvrir l’amendement' })).toBeInTheDocument();
    const lifeCycle = screen.getByTestId('life-cycle');
    expect(within(lifeCycle).getByRole('heading', { level: 2 })).toHaveTextContent(
      /^Statut de l’examen : \W*Soumis$/,
    );
    expect(within(lifeCycle).getByRole('button', { name: 'Clore l’examen' })).toBeInTheDocument();
    expect(screen.getByTestId('publication-state')).toHaveTextContent(
      'L’État n’a pas encore indiqué si le rapport peut être publié',
    );
    expect(screen.getByRole('button', { name: 'Consentir à la publication' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'L’examen complet (JSON)' })).toBeInTheDocument();
  });
});
