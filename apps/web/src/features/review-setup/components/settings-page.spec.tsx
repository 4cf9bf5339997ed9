import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { todayIs } from '../../../testing/clock';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildCurrentPerson, buildFullOrganisation, buildReviewDetail } from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

function review(version: number, office = 'Ministry of Foreign Affairs of Mongolia') {
  const detail = buildReviewDetail({
    summary: { id: REVIEW_ID, coordinatingOrganisation: MFA },
    viewer: { role: 'coordinator', organisationId: null },
  });
  return { ...detail, version, contact: { ...detail.contact, office } };
}

const MFA = buildReviewDetail().coordinatingOrganisation;
const MLSP = buildFullOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });

/** The organisations taking part in the review: the coordinating office can be any of them. */
function takingPart() {
  return {
    [`GET /api/reviews/${REVIEW_ID}/organisations`]: {
      status: 200,
      body: { organisations: [MLSP] },
    },
  };
}

describe('Review settings', () => {
  it('says which previous cycle the review was started from, with a link to it', async () => {
    const previous = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a00';
    stubFetch({
      ...signedIn(),
      ...takingPart(),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: {
          ...review(3),
          carriedForwardFrom: {
            reviewId: previous,
            cycle: 2020,
            title: 'Voluntary GCM Review — Mongolia 2020',
          },
        },
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}/settings`);
    const line = await screen.findByTestId('carried-forward-from');
    expect(line).toHaveTextContent(/^Started from Voluntary GCM Review — Mongolia 2020 \(2020\)/);
    expect(within(line).getByRole('link')).toHaveAttribute('href', `/reviews/${previous}`);
  });

  it('sends only what changed, with the version, and splits the recipients', async () => {
    const fetchMock = stubFetch({
      ...signedIn(),
      ...takingPart(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: review(3) },
      [`PATCH /api/reviews/${REVIEW_ID}`]: { status: 200, body: review(4) },
    });
    renderRoute(`/reviews/${REVIEW_ID}/settings`);

    fireEvent.change(await screen.findByLabelText('Telephone'), { target: { value: '+976 51 26 12 34' } });
    fireEvent.change(screen.getByLabelText('Copy to (Cc)'), {
      target: { value: 'UNRNAP-regreviews@iom.int, rco.mongolia@un.org\n' },
    });
    fireEvent.click(screen.getByLabelText('No'));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(sentBody(fetchMock, `PATCH /api/reviews/${REVIEW_ID}`)).toEqual({
      version: 3,
      contact: { telephone: '+976 51 26 12 34' },
      recipients: { to: ['escap-sdd@un.org'], cc: ['unrnap-regreviews@iom.int', 'rco.mongolia@un.org'] },
      consentToPublish: false,
    });
  });

  it("sends the final deadline's local time beside its date, and clears it to the end of the day", async () => {
    const fetchMock = stubFetch({
      ...signedIn(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: review(3) },
      [`PATCH /api/reviews/${REVIEW_ID}`]: { status: 200, body: { ...review(4), finalDueTime: '17:00' } },
    });
    renderRoute(`/reviews/${REVIEW_ID}/settings`);
    const time = await screen.findByLabelText('Time of the final deadline (optional)');
    expect(time).toHaveAttribute('type', 'time');
    fireEvent.change(time, { target: { value: '17:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(sentBody(fetchMock, `PATCH /api/reviews/${REVIEW_ID}`)).toEqual({
      version: 3,
      finalDueTime: '17:00',
    });
  });

  it('offers only the working statuses while the review is worked on', async () => {
    stubFetch({ ...signedIn(), [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: review(3) } });
    renderRoute(`/reviews/${REVIEW_ID}/settings`);
    const status = await screen.findByLabelText('Status');
    expect(
      within(status)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Setting up', 'Collecting answers', 'Consolidating']);
  });

  it('offers to move the open due dates when the final deadline moves, and sends the new version', async () => {
    const moved = { ...review(4), finalDueDate: '2027-01-09' };
    const fetchMock = stubFetch({
      ...signedIn(),
      ...takingPart(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: { ...review(3), finalDueDate: '2026-12-26' } },
      [`PATCH /api/reviews/${REVIEW_ID}`]: { status: 200, body: moved },
      [`POST /api/reviews/${REVIEW_ID}/shift-due-dates`]: { status: 200, body: { shifted: 33 } },
    });
    renderRoute(`/reviews/${REVIEW_ID}/settings`);

    fireEvent.change(await screen.findByLabelText('Final deadline'), { target: { value: '2027-01-09' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const offer = await screen.findByTestId('shift-due-dates');
    expect(offer).toHaveTextContent('by 14 day(s) too?');
    fireEvent.click(within(offer).getByRole('button', { name: 'Move the open due dates' }));
    expect(await within(offer).findByText(/33 open due date\(s\) moved by 14 day\(s\)/)).toBeInTheDocument();
    expect(sentBody(fetchMock, `POST /api/reviews/${REVIEW_ID}/shift-due-dates`)).toEqual({
      from: '2026-12-26',
      to: '2027-01-09',
      version: 4,
    });
  });

  it('shows the shift in progress until the API answers, and keeps the buttons from a second click', async () => {
    let answer: (value: { status: number; body: unknown }) => void = () => {};
    const answered = new Promise<{ status: number; body: unknown }>((resolve) => {
      answer = resolve;
    });
    stubFetch({
      ...signedIn(),
      ...takingPart(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: { ...review(3), finalDueDate: '2026-12-26' } },
      [`PATCH /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: { ...review(4), finalDueDate: '2027-01-09' },
      },
      [`POST /api/reviews/${REVIEW_ID}/shift-due-dates`]: () => answered,
    });
    renderRoute(`/reviews/${REVIEW_ID}/settings`);

    fireEvent.change(await screen.findByLabelText('Final deadline'), { target: { value: '2027-01-09' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const offer = await screen.findByTestId('shift-due-dates');
    const move = within(offer).getByRole('button', { name: 'Move the open due dates' });
    fireEvent.click(move);
    expect(await within(offer).findByRole('status')).toHaveTextContent(
      'Moving the open due dates and replanning their reminders…',
    );
    expect(move).toBeDisabled();
    expect(move).toHaveAttribute('aria-busy', 'true');
    expect(within(offer).getByRole('button', { name: 'Keep them as they are' })).toBeDisabled();
    answer({ status: 200, body: { shifted: 10000 } });
    expect(
      await within(offer).findByText(/10000 open due date\(s\) moved by 14 day\(s\)/),
    ).toBeInTheDocument();
  });

  it('does not offer to move the open due dates beyond the range the API accepts', async () => {
    todayIs('2026-11-28');
    try {
      const fetchMock = stubFetch({
        ...signedIn(),
        ...takingPart(),
        [`GET /api/reviews/${REVIEW_ID}`]: {
          status: 200,
          body: { ...review(3), finalDueDate: '2026-12-26' },
        },
        [`PATCH /api/reviews/${REVIEW_ID}`]: {
          status: 200,
          body: { ...review(4), finalDueDate: '2032-01-09' },
        },
      });
      renderRoute(`/reviews/${REVIEW_ID}/settings`);

      fireEvent.change(await screen.findByLabelText('Final deadline'), { target: { value: '2032-01-09' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
      const offer = await screen.findByTestId('shift-due-dates');
      const move = within(offer).getByRole('button', { name: 'Move the open due dates' });
      expect(move).toBeDisabled();
      expect(move).toHaveAccessibleDescription(/must be between 2000-01-01 and 2031-11-28/);
      fireEvent.click(move);
      expect(callCount(fetchMock, `POST /api/reviews/${REVIEW_ID}/shift-due-dates`)).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('says when someone else changed the settings, and reloads them', async () => {
    let loads = 0;
    stubFetch({
      ...signedIn(),
      ...takingPart(),
      [`GET /api/reviews/${REVIEW_ID}`]: () => {
        loads += 1;
        return { status: 200, body: loads === 1 ? review(3) : review(4, 'Consular Department, MFA') };
      },
      [`PATCH /api/reviews/${REVIEW_ID}`]: {
        status: 409,
        body: { statusCode: 409, code: 'CONFLICT', message: 'The review was changed at 10:02.' },
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}/settings`);

    fireEvent.change(await screen.findByLabelText('Office'), { target: { value: 'My office' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const alert = await screen.findByTestId('settings-conflict');
    expect(alert).toHaveTextContent('Someone else changed the settings');
    expect(alert).toHaveTextContent('The review was changed at 10:02.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload the settings' }));

    expect(await screen.findByDisplayValue('Consular Department, MFA')).toBe(screen.getByLabelText('Office'));
    expect(screen.queryByTestId('settings-conflict')).not.toBeInTheDocument();
  });

  it('checks e-mail addresses before sending', async () => {
    const fetchMock = stubFetch({
      ...signedIn(),
      ...takingPart(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: review(3) },
    });
    renderRoute(`/reviews/${REVIEW_ID}/settings`);
    fireEvent.change(await screen.findByLabelText('Send to'), {
      target: { value: 'escap-sdd@un.org, not-an-address' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByLabelText('Send to')).toHaveAccessibleDescription(/must be an e-mail address/);
    // The summary at the top of the form says it and takes the focus, with a link to the field.
    const summary = screen.getByRole('region', { name: 'One field needs attention' });
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link')).toHaveTextContent(/^Send to: must be an e-mail address/);
    expect(
      fetchMock.mock.calls.some(([, init]) => (init as RequestInit | undefined)?.method === 'PATCH'),
    ).toBe(false);
  });

  it('chooses the coordinating office among the organisations taking part, with the version', async () => {
    const fetchMock = stubFetch({
      ...signedIn(),
      ...takingPart(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: review(5) },
      [`PATCH /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: {
          ...review(6),
          coordinatingOrganisation: { id: MLSP.id, name: MLSP.name, shortName: 'MLSP', type: MLSP.type },
        },
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}/settings`);
    const select = await screen.findByLabelText('Coordinating office');
    expect(select).toHaveValue(MFA?.id);
    await within(select).findByRole('option', { name: 'Ministry of Labour and Social Protection (MLSP)' });

    fireEvent.change(select, { target: { value: MLSP.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(sentBody(fetchMock, `PATCH /api/reviews/${REVIEW_ID}`)).toEqual({
      version: 5,
      coordinatingOrganisationId: MLSP.id,
    });
    expect(screen.getByLabelText('Coordinating office')).toHaveValue(MLSP.id);
  });

  it('speaks Arabic to a coordinator who chose it, the review’s own data as it is', async () => {
    stubFetch({
      ...signedIn(buildCurrentPerson({ locale: 'ar' })),
      ...takingPart(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: review(3) },
    });
    renderRoute(`/reviews/${REVIEW_ID}/settings`);
    expect(await screen.findByRole('heading', { level: 1, name: 'الإعدادات' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'إعدادات الاستعراض' })).toBeInTheDocument();
    expect(screen.getByLabelText('المكتب')).toHaveValue('Ministry of Foreign Affairs of Mongolia');
    const status = screen.getByLabelText('الحالة');
    expect(
      within(status)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['قيد الإعداد', 'جمع الإجابات', 'التجميع']);
    expect(screen.getByLabelText('الإرسال إلى')).toHaveAccessibleDescription(
      'عناوين البريد الإلكتروني، مفصولة بفواصل أو عنوان في كل سطر.',
    );
    expect(
      screen.getByRole('group', { name: 'هل يجوز نشر التقرير على موقع شبكة الأمم المتحدة المعنية بالهجرة؟' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('المكتب المنسِّق')).toHaveAccessibleDescription(
      'إحدى المنظمات المشاركة في الاستعراض.',
    );

    fireEvent.change(screen.getByLabelText('الإرسال إلى'), { target: { value: 'not-an-address' } });
    fireEvent.click(screen.getByRole('button', { name: 'حفظ الإعدادات' }));
    expect(screen.getByRole('region', { name: 'حقل واحد يحتاج إلى تصحيح' })).toHaveFocus();
  });

  describe('E-mails', () => {
    const DEFAULT_SENDER = 'Ministry of Foreign Affairs of Mongolia (GCM review)';
    function withMail(version: number, mail: { senderName: string | null; replyTo: string | null }) {
      return {
        ...review(version),
        mail: {
          ...mail,
          effective: {
            senderName: mail.senderName ?? DEFAULT_SENDER,
            replyTo: mail.replyTo ?? 'coordinator@mfa.mn.example',
          },
        },
      };
    }

    it('shows the defaults as hints, and sends a chosen sender name and reply-to address', async () => {
      const fetchMock = stubFetch({
        ...signedIn(),
        ...takingPart(),
        [`GET /api/reviews/${REVIEW_ID}`]: {
          status: 200,
          body: withMail(3, { senderName: null, replyTo: null }),
        },
        [`PATCH /api/reviews/${REVIEW_ID}`]: {
          status: 200,
          body: withMail(4, { senderName: 'GCM review team, MFA', replyTo: 'gcm@mfa.gov.mn' }),
        },
      });
      renderRoute(`/reviews/${REVIEW_ID}/settings`);
      const group = await screen.findByRole('group', { name: "Sender of the review's e-mails" });
      const sender = within(group).getByLabelText('Sender name');
      const replyTo = within(group).getByLabelText('Reply-to address');
      expect(sender).toHaveValue('');
      expect(sender).toHaveAccessibleDescription(
        `The name the e-mails come from. Default: ${DEFAULT_SENDER}.`,
      );
      expect(sender).toHaveAttribute('placeholder', DEFAULT_SENDER);
      expect(replyTo).toHaveAccessibleDescription(/Default: coordinator@mfa\.mn\.example\.$/);

      fireEvent.change(sender, { target: { value: '  GCM review team, MFA ' } });
      fireEvent.change(replyTo, { target: { value: 'gcm@mfa.gov.mn' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

      expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
      expect(sentBody(fetchMock, `PATCH /api/reviews/${REVIEW_ID}`)).toEqual({
        version: 3,
        mail: { senderName: 'GCM review team, MFA', replyTo: 'gcm@mfa.gov.mn' },
      });
      expect(screen.getByLabelText('Sender name')).toHaveValue('GCM review team, MFA');
      expect(screen.getByLabelText('Sender name')).toHaveAccessibleDescription(
        /Empty it to go back to the default/,
      );
    });

    it('sends null for an emptied field: back to the default', async () => {
      const fetchMock = stubFetch({
        ...signedIn(),
        ...takingPart(),
        [`GET /api/reviews/${REVIEW_ID}`]: {
          status: 200,
          body: withMail(5, { senderName: 'GCM review team, MFA', replyTo: 'gcm@mfa.gov.mn' }),
        },
        [`PATCH /api/reviews/${REVIEW_ID}`]: {
          status: 200,
          body: withMail(6, { senderName: null, replyTo: 'gcm@mfa.gov.mn' }),
        },
      });
      renderRoute(`/reviews/${REVIEW_ID}/settings`);
      fireEvent.change(await screen.findByLabelText('Sender name'), { target: { value: '   ' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
      expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
      expect(sentBody(fetchMock, `PATCH /api/reviews/${REVIEW_ID}`)).toEqual({
        version: 5,
        mail: { senderName: null },
      });
      expect(screen.getByLabelText('Sender name')).toHaveAttribute('placeholder', DEFAULT_SENDER);
    });

    it("checks the reply-to address before sending, and shows the server's errors at the fields", async () => {
      const fetchMock = stubFetch({
        ...signedIn(),
        ...takingPart(),
        [`GET /api/reviews/${REVIEW_ID}`]: {
          status: 200,
          body: withMail(3, { senderName: null, replyTo: null }),
        },
        [`PATCH /api/reviews/${REVIEW_ID}`]: {
          status: 400,
          body: {
            statusCode: 400,
            code: 'VALIDATION',
            message: 'The request is invalid',
            fieldErrors: [{ path: 'mail.senderName', message: 'is too long (at most 120 characters)' }],
          },
        },
      });
      renderRoute(`/reviews/${REVIEW_ID}/settings`);
      fireEvent.change(await screen.findByLabelText('Reply-to address'), { target: { value: 'gcm at mfa' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
      expect(screen.getByLabelText('Reply-to address')).toHaveAccessibleDescription(
        /must be an e-mail address/,
      );
      expect(callCount(fetchMock, `PATCH /api/reviews/${REVIEW_ID}`)).toBe(0);

      fireEvent.change(screen.getByLabelText('Reply-to address'), { target: { value: '' } });
      fireEvent.change(screen.getByLabelText('Sender name'), { target: { value: 'A name' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
      await waitFor(() =>
        expect(screen.getByLabelText('Sender name')).toHaveAccessibleDescription(/is too long/),
      );
    });
  });
});
