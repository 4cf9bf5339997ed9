import { screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import {
  buildAssignment,
  buildCurrentPerson,
  buildOrganisation,
  buildReviewAttention,
  buildReviewDetail,
  buildReviewSummary,
  fakeUuid,
} from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5d';
const REVIEW = `/api/reviews/${REVIEW_ID}`;
const MLSP = buildOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });

describe('the review screens in the person’s language', () => {
  it('lists the reviews in Chinese, the review’s own title and country as they are', async () => {
    stubFetch({
      ...signedIn(buildCurrentPerson({ locale: 'zh' })),
      'GET /api/reviews': { status: 200, body: { reviews: [buildReviewSummary({ id: REVIEW_ID })] } },
    });
    renderRoute('/reviews');

    expect(await screen.findByRole('heading', { level: 1, name: '审查' })).toBeInTheDocument();
    expect(screen.getByText(/^安全、有序和正常移民全球契约的自愿审查/)).toBeInTheDocument();
    const row = await screen.findByTestId('review-row');
    const table = screen.getByRole('table', { name: '移民全球契约自愿审查' });
    expect(within(table).getByRole('columnheader', { name: '最终截止日期' })).toBeInTheDocument();
    expect(
      within(row).getByRole('link', { name: 'Voluntary GCM Review — Mongolia 2020' }),
    ).toBeInTheDocument();
    expect(row).toHaveTextContent('收集答复');
    expect(row).toHaveTextContent('2020年8月31日');
  });

  it('shows the overview in Chinese: clusters, the official titles of the objectives, questions and the notice', async () => {
    stubFetch({
      ...signedIn(buildCurrentPerson({ locale: 'zh' })),
      [`GET ${REVIEW}/votes`]: { status: 200, body: { rounds: [] } },
      [`GET ${REVIEW}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID },
          assignments: {
            '1a': [
              buildAssignment({ role: 'lead', organisation: MLSP, dueDate: '2020-08-10', state: 'drafting' }),
            ],
          },
          viewer: { role: 'contributor', organisationId: MLSP.id },
        }),
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);

    // The cluster's name is the questionnaire's (data); the words around it are Chinese.
    const cluster1 = await screen.findByRole('region', {
      name: '第1组 — Ensuring that migration is voluntary, orderly and regular',
    });
    expect(within(cluster1).getByRole('heading', { name: '本组涵盖的移民全球契约目标' })).toBeInTheDocument();
    expect(within(cluster1).getByTestId('objective-2')).toHaveTextContent(
      '目标2 — 尽量减少迫使人们离开原籍国的不利驱动因素和结构性因素',
    );
    const question = within(cluster1).getByTestId('question-1a');
    expect(within(question).getByRole('heading', { name: '问题 1a' })).toBeInTheDocument();
    const assignment = within(question).getByTestId('assignment');
    expect(assignment).toHaveTextContent('牵头');
    expect(assignment).toHaveTextContent('您所在的组织');
    expect(assignment).toHaveTextContent('起草中');
    expect(within(question).getByTestId('consolidate-1a')).toHaveTextContent('回答问题 1a');
    expect(screen.getByTestId('viewer-notice')).toHaveTextContent('您以撰稿方（联络人）身份参与。');
    expect(screen.getByTestId('viewer-notice')).toHaveTextContent('您所在组织有 1 项任务');
    expect(screen.getByRole('navigation', { name: '本页内容' })).toHaveTextContent('第1组');
    expect(screen.getByTestId('contact')).toHaveTextContent('协调办公室');
    expect(screen.getByRole('link', { name: '← 全部审查' })).toHaveAttribute('href', '/reviews');
  });

  it('says what needs attention in Arabic, with the plural forms of the language', async () => {
    stubFetch({
      ...signedIn(buildCurrentPerson({ locale: 'ar' })),
      [`GET ${REVIEW}/votes`]: { status: 200, body: { rounds: [] } },
      [`GET ${REVIEW}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID, timeZone: 'Asia/Ulaanbaatar' },
          viewer: { role: 'observer', organisationId: null },
        }),
      },
      [`GET ${REVIEW}/attention`]: {
        status: 200,
        body: buildReviewAttention({
          reviewId: REVIEW_ID,
          overdue: {
            count: 2,
            items: [
              {
                assignmentId: fakeUuid(),
                questionCode: '1a',
                organisation: MLSP,
                dueDate: '2026-11-26',
                daysOverdue: 2,
                state: 'drafting',
              },
            ],
          },
        }),
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);

    const summary = await screen.findByRole('region', { name: 'يستدعي الانتباه' });
    const overdue = await within(summary).findByTestId('attention-overdue');
    expect(within(overdue).getByRole('heading')).toHaveTextContent('2 مهمتان متأخرتان');
    expect(overdue).toHaveTextContent('1a — MLSP: متأخرة يومين');
    expect(overdue).toHaveTextContent('و1 أخرى');
    expect(within(summary).getByTestId('attention-votes')).toHaveTextContent('لا شيء');
    expect(screen.getByRole('link', { name: '→ جميع الاستعراضات' })).toHaveAttribute('href', '/reviews');
  });
});
