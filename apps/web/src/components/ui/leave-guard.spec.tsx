import type { TContribution } from '@gcm/domain';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { never, type StubbedAnswer, stubFetch } from '../../testing/fetch-stub';
import { buildContribution, buildCurrentPerson, buildReviewDetail } from '../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../testing/render-route';
import { signedIn } from '../../testing/session';

// The guard, autosave and the copy kept in this browser, as the contribution editor composes them.
const ASSIGNMENT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const REVIEW_ID = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
const CONTRIBUTION = `/api/assignments/${ASSIGNMENT_ID}/contribution`;
const STORED = 'Labour migration to the Republic of Korea rose in 2019.';

function contribution(options: Parameters<typeof buildContribution>[0] = {}): TContribution {
  return buildContribution({
    body: STORED,
    version: 7,
    ...options,
    assignment: { id: ASSIGNMENT_ID, reviewId: REVIEW_ID, version: 3, ...options.assignment },
  });
}

const PERSON = buildCurrentPerson({ name: 'B. Enkhjargal', email: 'focal.point@mlsp.mn.example' });
/** The key of this browser's copy of PERSON's text typed on top of `version`. */
const copyKey = (version: number) => `gcm.unsaved.${PERSON.id}/contribution:${ASSIGNMENT_ID}.v${version}`;

function stub(answers: Record<string, StubbedAnswer>, initial = contribution(), person = PERSON) {
  return stubFetch({
    ...signedIn(person),
    [`GET ${CONTRIBUTION}`]: { status: 200, body: initial },
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({
        summary: { id: REVIEW_ID },
        viewer: { role: 'contributor', organisationId: null },
      }),
    },
    'GET /api/me/assignments': () => never(),
    ...answers,
  });
}

async function openEditor() {
  const rendered = renderRoute(`/assignments/${ASSIGNMENT_ID}`);
  await screen.findByRole('heading', { level: 1, name: 'Question 1a' });
  return rendered;
}

const answerBox = () => screen.getByLabelText('Your answer');
const type = (text: string) => fireEvent.change(answerBox(), { target: { value: text } });
const myAssignmentsLink = () =>
  within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'My assignments' });
const where = (router: ReturnType<typeof renderRoute>['router']) => router.state.location.pathname;

describe('Leaving an editor with unsaved changes', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('asks in a dialog that takes the focus; Stay (or Escape) keeps the text and the page', async () => {
    stub({});
    const { router } = await openEditor();
    type('Text not saved yet.');
    myAssignmentsLink().focus();
    fireEvent.click(myAssignmentsLink());

    const dialog = await screen.findByRole('dialog', { name: 'You have unsaved changes' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('button', { name: 'Stay' })).toHaveFocus();
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Stay', 'Save and leave', 'Leave without saving']);
    // Tab stays in the dialog.
    within(dialog).getByRole('button', { name: 'Leave without saving' }).focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'Tab' });
    expect(within(dialog).getByRole('button', { name: 'Stay' })).toHaveFocus();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(where(router)).toBe(`/assignments/${ASSIGNMENT_ID}`);
    expect(answerBox()).toHaveValue('Text not saved yet.');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Unsaved changes');

    fireEvent.click(myAssignmentsLink());
    fireEvent.keyDown(await screen.findByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(answerBox()).toHaveValue('Text not saved yet.');
  });

  it('leaves without asking when everything is saved', async () => {
    stub({});
    const { router } = await openEditor();
    fireEvent.click(myAssignmentsLink());
    await waitFor(() => expect(where(router)).toBe('/my/assignments'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('"Save and leave" saves on top of the version loaded, then leaves', async () => {
    const fetchMock = stub({
      [`PUT ${CONTRIBUTION}`]: {
        status: 200,
        body: contribution({ version: 8, body: 'Saved on the way out.' }),
      },
    });
    const { router } = await openEditor();
    type('Saved on the way out.');
    fireEvent.click(myAssignmentsLink());
    fireEvent.click(await screen.findByRole('button', { name: 'Save and leave' }));

    await waitFor(() => expect(where(router)).toBe('/my/assignments'));
    expect(sentBody(fetchMock, `PUT ${CONTRIBUTION}`)).toEqual({
      baseVersion: 7,
      body: 'Saved on the way out.',
      references: [],
      language: null,
    });
  });

  it('"Save and leave" stays, and says why, when the save fails', async () => {
    stub({
      [`PUT ${CONTRIBUTION}`]: {
        status: 503,
        body: { statusCode: 503, code: 'UNAVAILABLE', message: 'The service is restarting.' },
      },
    });
    const { router } = await openEditor();
    type('Kept although the server is away.');
    fireEvent.click(myAssignmentsLink());
    fireEvent.click(await screen.findByRole('button', { name: 'Save and leave' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(where(router)).toBe(`/assignments/${ASSIGNMENT_ID}`);
    expect(screen.getByTestId('save-status')).toHaveTextContent(/^Not saved: /);
    expect(answerBox()).toHaveValue('Kept although the server is away.');
  });

  it('holds autosave back while the dialog is open: "Leave without saving" sends nothing', async () => {
    jest.useFakeTimers();
    const fetchMock = stub({ [`PUT ${CONTRIBUTION}`]: { status: 200, body: contribution({ version: 8 }) } });
    const { router } = await openEditor();
    type('Left unsaved.');
    fireEvent.click(myAssignmentsLink());
    const dialog = await screen.findByRole('dialog');
    await act(async () => jest.advanceTimersByTime(10_000));
    expect(callCount(fetchMock, `PUT ${CONTRIBUTION}`)).toBe(0);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => expect(where(router)).toBe('/my/assignments'));
    await act(async () => jest.advanceTimersByTime(10_000));
    expect(callCount(fetchMock, `PUT ${CONTRIBUTION}`)).toBe(0);
  });

  it('never guards nor autosaves a text the person cannot edit', async () => {
    jest.useFakeTimers();
    const fetchMock = stub({}, contribution({ state: 'submitted' }));
    const { router } = await openEditor();
    expect(screen.getByTestId('read-only-answer')).toBeInTheDocument();
    fireEvent.click(myAssignmentsLink());
    await waitFor(() => expect(where(router)).toBe('/my/assignments'));
    expect(callCount(fetchMock, `PUT ${CONTRIBUTION}`)).toBe(0);
  });
});

describe('Autosave when focus leaves the text', () => {
  it('saves at once when focus moves to another control, not when it moves to a link', async () => {
    const fetchMock = stub({
      [`PUT ${CONTRIBUTION}`]: { status: 200, body: contribution({ version: 8, body: 'Blurred.' }) },
    });
    await openEditor();
    type('Blurred.');
    fireEvent.blur(answerBox(), { relatedTarget: myAssignmentsLink() });
    expect(callCount(fetchMock, `PUT ${CONTRIBUTION}`)).toBe(0);
    fireEvent.blur(answerBox(), { relatedTarget: screen.getByRole('button', { name: 'Submit for review' }) });
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/^Saved at \d\d:\d\d$/));
    expect(sentBody(fetchMock, `PUT ${CONTRIBUTION}`)).toMatchObject({ baseVersion: 7, body: 'Blurred.' });
  });
});

describe('The copy kept in this browser', () => {
  it('offers text left unsaved on return, restores it, and autosave saves it (then the copy is gone)', async () => {
    jest.useFakeTimers();
    const fetchMock = stub({
      [`PUT ${CONTRIBUTION}`]: { status: 200, body: contribution({ version: 8, body: 'Typed, then left.' }) },
    });
    const first = await openEditor();
    type('Typed, then left.');
    fireEvent.click(myAssignmentsLink());
    fireEvent.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => expect(where(first.router)).toBe('/my/assignments'));
    first.unmount();

    // Back on the editor (a new page load, the server still at version 7).
    await openEditor();
    expect(answerBox()).toHaveValue(STORED);
    const notice = screen.getByTestId('restore-notice');
    fireEvent.click(within(notice).getByRole('button', { name: 'Restore your unsaved text' }));
    expect(answerBox()).toHaveValue('Typed, then left.');
    expect(screen.queryByTestId('restore-notice')).not.toBeInTheDocument();
    expect(screen.getByTestId('save-status')).toHaveTextContent('Unsaved changes');

    await act(async () => jest.advanceTimersByTime(3000));
    expect(sentBody(fetchMock, `PUT ${CONTRIBUTION}`)).toMatchObject({
      baseVersion: 7,
      body: 'Typed, then left.',
    });
    expect(screen.getByTestId('save-status')).toHaveTextContent(/^Saved at /);
    expect(Object.keys(window.localStorage)).toEqual([]);
  });

  it('keeps a copy when a save fails, and "Discard it" drops it', async () => {
    stub({
      [`PUT ${CONTRIBUTION}`]: {
        status: 503,
        body: { statusCode: 503, code: 'UNAVAILABLE', message: 'The service is restarting.' },
      },
    });
    const first = await openEditor();
    type('Typed while the server was away.');
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/^Not saved: /));
    first.unmount();

    await openEditor();
    expect(screen.getByTestId('restore-notice')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Discard it' }));
    expect(screen.queryByTestId('restore-notice')).not.toBeInTheDocument();
    expect(answerBox()).toHaveValue(STORED);
    expect(Object.keys(window.localStorage)).toEqual([]);
  });

  it('offers no copy typed on top of another version than the one stored now, nor one equal to it', async () => {
    window.localStorage.setItem(copyKey(6), JSON.stringify({ body: 'Typed on top of version 6.', rows: [] }));
    stub({});
    const first = await openEditor();
    expect(screen.queryByTestId('restore-notice')).not.toBeInTheDocument();
    first.unmount();

    window.localStorage.setItem(copyKey(7), JSON.stringify({ body: STORED, rows: [] }));
    const second = await openEditor();
    expect(screen.queryByTestId('restore-notice')).not.toBeInTheDocument();
    second.unmount();

    // Nor anything that is not the shape of a draft.
    window.localStorage.setItem(copyKey(7), JSON.stringify({ body: 42 }));
    await openEditor();
    expect(screen.queryByTestId('restore-notice')).not.toBeInTheDocument();
  });

  it('offers the copy to the person who typed it only, not to someone else signing in on this browser', async () => {
    window.localStorage.setItem(
      copyKey(7),
      JSON.stringify({ body: 'B. Enkhjargal’s unsaved text.', rows: [] }),
    );
    const colleague = buildCurrentPerson({ name: 'D. Batbayar', email: 'focal.point@gdbp.mn.example' });
    stub({}, contribution(), colleague);
    const other = await openEditor();
    expect(screen.queryByTestId('restore-notice')).not.toBeInTheDocument();
    expect(answerBox()).toHaveValue(STORED);
    other.unmount();

    stub({});
    await openEditor();
    expect(await screen.findByTestId('restore-notice')).toBeInTheDocument();
  });

  it('offers nothing to a person who cannot edit the text', async () => {
    window.localStorage.setItem(
      copyKey(7),
      JSON.stringify({ body: 'Typed before it was submitted.', rows: [] }),
    );
    stub({}, contribution({ state: 'submitted' }));
    await openEditor();
    expect(screen.queryByTestId('restore-notice')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Restore your unsaved text' })).not.toBeInTheDocument();
  });
});
