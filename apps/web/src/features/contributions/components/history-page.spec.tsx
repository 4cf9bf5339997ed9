import { screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildComment, buildContribution, buildCurrentPerson, buildPerson } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const ASSIGNMENT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const FOCAL_POINT = buildPerson({ name: 'Bat-Erdene Dorj' });

function revision(version: number, createdAt: string) {
  return {
    version,
    body: `Text of version ${version}.`,
    wordCount: 4,
    references: [],
    language: null,
    author: FOCAL_POINT,
    createdAt,
  };
}

function comments() {
  const request = buildComment({
    kind: 'change_request',
    body: 'Please add the 2019 figures.',
    createdAt: '2020-07-03T09:00:00.000Z',
  });
  const reply = buildComment({
    body: 'Added them in version 2.',
    author: FOCAL_POINT,
    authorRole: 'focal_point',
    replyToId: request.id,
    createdAt: '2020-07-04T09:30:00.000Z',
  });
  return [request, reply];
}

function openHistory(language: 'ru' | null) {
  stubFetch({
    ...signedIn(buildCurrentPerson({ locale: language })),
    [`GET /api/assignments/${ASSIGNMENT_ID}/contribution`]: {
      status: 200,
      body: buildContribution({ comments: comments(), assignment: { id: ASSIGNMENT_ID } }),
    },
    [`GET /api/assignments/${ASSIGNMENT_ID}/revisions`]: {
      status: 200,
      body: {
        revisions: [revision(2, '2020-07-04T09:00:00.000Z'), revision(1, '2020-07-01T09:00:00.000Z')],
      },
    },
  });
  renderRoute(`/assignments/${ASSIGNMENT_ID}/history`);
}

describe('the history of a contribution', () => {
  it('is written in Russian for a person who chose it, word counts in Russian plurals', async () => {
    openHistory('ru');
    const list = await screen.findByRole('list', { name: 'Сохранённые версии и комментарии, сначала новые' });
    const entries = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(entries).toEqual([
      expect.stringMatching(
        /^Ответ.*Bat-Erdene Dorj \(контактное лицо\).*В ответ на комментарий: L\. Munkhtushig \(координатор\)/,
      ),
      expect.stringMatching(/^Версия 2.*4 июл\. 2020.*4 слова$/),
      expect.stringMatching(/^Запрошены изменения.*L\. Munkhtushig \(координатор\)/),
      expect.stringMatching(/^Версия 1/),
    ]);
  });

  it('puts the comments between the saved versions, newest first, a reply naming what it answers', async () => {
    const request = buildComment({
      kind: 'change_request',
      body: 'Please add the 2019 figures.',
      createdAt: '2020-07-03T09:00:00.000Z',
    });
    const reply = buildComment({
      body: 'Added them in version 2.',
      author: FOCAL_POINT,
      authorRole: 'focal_point',
      replyToId: request.id,
      createdAt: '2020-07-04T09:30:00.000Z',
    });
    stubFetch({
      ...signedIn(),
      [`GET /api/assignments/${ASSIGNMENT_ID}/contribution`]: {
        status: 200,
        body: buildContribution({ comments: [request, reply], assignment: { id: ASSIGNMENT_ID } }),
      },
      [`GET /api/assignments/${ASSIGNMENT_ID}/revisions`]: {
        status: 200,
        body: {
          revisions: [revision(2, '2020-07-04T09:00:00.000Z'), revision(1, '2020-07-01T09:00:00.000Z')],
        },
      },
    });
    renderRoute(`/assignments/${ASSIGNMENT_ID}/history`);
    const list = await screen.findByRole('list', { name: 'Saved versions and comments, newest first' });
    const entries = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(entries).toEqual([
      expect.stringMatching(
        /^Reply.*Bat-Erdene Dorj \(focal point\).*In reply to L\. Munkhtushig \(coordinator\).*Added them/,
      ),
      expect.stringMatching(/^Version 2/),
      expect.stringMatching(
        /^Changes requested.*L\. Munkhtushig \(coordinator\).*Please add the 2019 figures/,
      ),
      expect.stringMatching(/^Version 1/),
    ]);
  });
});
