import type { TComment, TContribution } from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildComment, buildContribution, buildPerson, buildReviewDetail } from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const ASSIGNMENT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const REVIEW_ID = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
const CONTRIBUTION = `/api/assignments/${ASSIGNMENT_ID}/contribution`;
const COMMENTS = `POST /api/assignments/${ASSIGNMENT_ID}/comments`;

const REQUEST = buildComment({
  id: '11111111-1111-4111-8111-111111111111',
  kind: 'change_request',
  body: 'Please add the 2019 remittance figures.',
  author: buildPerson({ name: 'L. Munkhtushig' }),
  authorRole: 'coordinator',
  createdAt: '2020-07-03T09:00:00.000Z',
});
const ANSWER = buildComment({
  id: '22222222-2222-4222-8222-222222222222',
  body: 'The 2019 figures are not published yet.',
  author: buildPerson({ name: 'Bat-Erdene Dorj' }),
  authorRole: 'focal_point',
  replyToId: REQUEST.id,
  createdAt: '2020-07-04T02:00:00.000Z',
});

function contribution(comments: TComment[], options: Parameters<typeof buildContribution>[0] = {}) {
  return buildContribution({
    state: 'changes_requested',
    comments,
    ...options,
    assignment: { id: ASSIGNMENT_ID, reviewId: REVIEW_ID, version: 3, ...options.assignment },
  });
}

/** Opens the contribution page; the GET answers whatever `current()` holds at the time. */
async function open(current: () => TContribution, answers: Parameters<typeof stubFetch>[0] = {}) {
  const fetchMock = stubFetch({
    ...signedIn(),
    [`GET ${CONTRIBUTION}`]: () => ({ status: 200, body: current() }),
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({
        summary: { id: REVIEW_ID },
        viewer: { role: 'contributor', organisationId: null },
      }),
    },
    ...answers,
  });
  renderRoute(`/assignments/${ASSIGNMENT_ID}`);
  await screen.findByRole('heading', { level: 1, name: 'Question 1a' });
  return fetchMock;
}

describe('the comments on a contribution', () => {
  it('reads as a conversation, oldest first, a reply showing what it answers', async () => {
    const initial = contribution([ANSWER, REQUEST]);
    await open(() => initial);
    const section = screen.getByRole('region', { name: 'Comments' });
    const items = within(section).getAllByTestId('comment');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Changes requested — L. Munkhtushig (coordinator)'),
      expect.stringContaining('Comment — Bat-Erdene Dorj (focal point)'),
    ]);
    const inReply = within(items[1] as HTMLElement).getByRole('link', {
      name: /L\. Munkhtushig: “Please add/,
    });
    expect(inReply).toHaveAttribute('href', `#comment-${REQUEST.id}`);
  });

  it('the focal point answers the coordinator from the banner; the answer joins the thread', async () => {
    let current = contribution([REQUEST]);
    const stored = buildComment({ ...ANSWER, body: 'We will add them by Friday.' });
    const fetchMock = await open(() => current, {
      [COMMENTS]: () => {
        current = contribution([REQUEST, stored]);
        return { status: 201, body: stored };
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Answer the coordinator' }));
    const box = await screen.findByLabelText('Your reply');
    expect(screen.getByTestId('comment-form')).toHaveTextContent(
      'Replying to L. Munkhtushig (coordinator): “Please add the 2019 remittance figures.”',
    );
    fireEvent.change(box, { target: { value: '  We will add them by Friday.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the reply' }));

    expect(await screen.findByText('We will add them by Friday.')).toBeInTheDocument();
    expect(sentBody(fetchMock, COMMENTS)).toEqual({
      body: 'We will add them by Friday.',
      replyTo: REQUEST.id,
    });
    // The form is ready for a new comment: empty, no longer a reply.
    expect(await screen.findByLabelText('Add a comment')).toHaveValue('');
  });

  it('shows a refusal in words and keeps the text', async () => {
    const initial = contribution([REQUEST]);
    await open(() => initial, {
      [COMMENTS]: {
        status: 409,
        body: {
          statusCode: 409,
          code: 'CONFLICT',
          message: 'The review is closed: nothing in it can be changed any more',
        },
      },
    });
    const box = screen.getByLabelText('Add a comment');
    fireEvent.change(box, { target: { value: 'A long answer I do not want to type again.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the comment' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The comment could not be sent');
    expect(alert).toHaveTextContent('The review is closed: nothing in it can be changed any more');
    expect(screen.getByLabelText('Add a comment')).toHaveValue('A long answer I do not want to type again.');
  });

  it('a blank comment is not sent; the field says why', async () => {
    const initial = contribution([]);
    const fetchMock = await open(() => initial);
    fireEvent.change(screen.getByLabelText('Add a comment'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the comment' }));
    expect(await screen.findByText(/is required: write the comment first/)).toBeInTheDocument();
    expect(screen.getByLabelText('Add a comment')).toHaveAttribute('aria-invalid', 'true');
    expect(callCount(fetchMock, COMMENTS)).toBe(0);
  });

  it('someone who may not comment reads the thread without a form, a reply button or the answer button', async () => {
    const initial = contribution([REQUEST, ANSWER], { canComment: false });
    await open(() => initial);
    expect(screen.getByRole('region', { name: 'Comments' })).toHaveTextContent(
      'The 2019 figures are not published yet.',
    );
    expect(screen.queryByTestId('comment-form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Reply to/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Answer the coordinator' })).not.toBeInTheDocument();
  });
});
