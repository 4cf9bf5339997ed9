import { fireEvent, screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import {
  buildAnswer,
  buildConsolidation,
  buildConsolidationContribution,
  buildCurrentPerson,
  buildOrganisation,
  buildReviewDetail,
} from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const Q = (code: string) => `/api/reviews/${REVIEW_ID}/questions/${code}`;

describe('Consolidation page in Arabic', () => {
  it('writes the page in Arabic, right to left; the contributions and the names stay as written', async () => {
    const consolidation = buildConsolidation('1a', {
      answer: buildAnswer({ body: '', version: 0, updatedAt: null, updatedBy: null }),
      contributions: [
        buildConsolidationContribution({
          organisation: buildOrganisation({
            name: 'Ministry of Labour and Social Protection',
            shortName: 'MLSP',
          }),
          role: 'lead',
          body: 'Labour migration rose.',
          wordCount: 3,
        }),
        buildConsolidationContribution({
          organisation: buildOrganisation({ name: 'IOM Mongolia', shortName: 'IOM' }),
          state: 'drafting',
          body: 'Not finished.',
        }),
      ],
    });
    stubFetch({
      ...signedIn(buildCurrentPerson({ locale: 'ar' })),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID },
          viewer: { role: 'coordinator', organisationId: null },
        }),
      },
      [`GET ${Q('1a')}/consolidation`]: { status: 200, body: consolidation },
    });
    renderRoute(`/reviews/${REVIEW_ID}/questions/1a`);

    await screen.findByRole('heading', { level: 1, name: 'السؤال 1a' });
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    const accepted = await screen.findByTestId('accepted-contributions');
    expect(screen.getByRole('heading', { name: 'المساهمات المقبولة' })).toBeInTheDocument();
    expect(within(accepted).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Ministry of Labour and Social Protection (الجهة الرائدة)',
    );
    expect(within(accepted).getByText('3 كلمات')).toBeInTheDocument();
    expect(screen.getByTestId('other-contributions')).toHaveTextContent('مساهمات أخرى (1): IOM');

    fireEvent.click(within(accepted).getByRole('button', { name: 'إدراج نص MLSP' }));
    expect(screen.getByLabelText('الإجابة الموحّدة')).toHaveValue('Labour migration rose.');
    const status = screen.getByLabelText('الحالة');
    expect(
      within(status)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['مسودة', 'نهائية', 'لا ينطبق']);
    expect(screen.getByRole('heading', { level: 2, name: 'الإجابة' })).toBeInTheDocument();
    expect(screen.getByText('سجل المراجعات')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'الانتقال إلى التقرير' })).toBeInTheDocument();
  });
});
