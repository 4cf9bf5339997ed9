import { DIRECTORY_IMPORT_COLUMNS } from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildImportResult, buildImportRow, buildWorkspace, WORKSPACE_ID } from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const IMPORT = `POST /api/workspaces/${WORKSPACE_ID}/import`;
const WORKSPACE = buildWorkspace();
const REVIEW = WORKSPACE.reviews[0] as (typeof WORKSPACE.reviews)[number];
const CSV = `${DIRECTORY_IMPORT_COLUMNS.join(',')}\nMinistry of Labour and Social Protection,MLSP,ministry_agency,Bat-Erdene Dorj,bat-erdene@mlsp.gov.mn.example,\n`;

const WITH_ERRORS = buildImportResult({
  rows: [
    buildImportRow({ line: 2 }),
    buildImportRow({
      line: 3,
      organisation: 'IOM Mongolia',
      shortName: null,
      type: null,
      contactEmail: 'not-an-address',
      personAction: 'new',
      errors: [
        'The type is missing: use one of ministry_agency, un_entity, ngo, academia, other.',
        'The e-mail address is not valid.',
      ],
    }),
  ],
  errorCount: 2,
  organisationsNew: 2,
  peopleNew: 2,
});

function stubImport(answers: Parameters<typeof stubFetch>[0]) {
  return stubFetch({
    ...signedIn(),
    'GET /api/workspaces': { status: 200, body: { workspaces: [WORKSPACE] } },
    ...answers,
  });
}

async function chooseAndCheck(csv = CSV) {
  const input = await screen.findByLabelText('CSV file');
  fireEvent.change(input, { target: { files: [new File([csv], 'directory.csv', { type: 'text/csv' })] } });
  // The file is read as text in the browser before it can be checked.
  expect(await screen.findByText('directory.csv is ready to be checked.')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
}

describe('Import from a CSV file', () => {
  it('offers the template and refuses to check before a file is chosen', async () => {
    const fetchMock = stubImport({});
    renderRoute(`/workspaces/${WORKSPACE_ID}/import`);
    expect(await screen.findByRole('link', { name: 'Download the template (CSV)' })).toHaveAttribute(
      'href',
      `/api/workspaces/${WORKSPACE_ID}/import/template`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(screen.getByLabelText('CSV file')).toHaveAccessibleDescription(/Choose a CSV file first\./);
    expect(callCount(fetchMock, IMPORT)).toBe(0);
  });

  it('shows each row with what will happen and its errors, and keeps Import disabled', async () => {
    const fetchMock = stubImport({ [IMPORT]: { status: 200, body: WITH_ERRORS } });
    renderRoute(`/workspaces/${WORKSPACE_ID}/import`);
    await chooseAndCheck();

    const preview = await screen.findByTestId('import-preview');
    expect(sentBody(fetchMock, IMPORT)).toEqual({ csv: CSV, commit: false });
    expect(within(preview).getByTestId('import-summary')).toHaveTextContent(
      '2 new organisations, 2 new people, 1 row with errors.',
    );
    const [good, bad] = within(preview).getAllByTestId('import-row');
    expect(good).toHaveTextContent('New organisation, new person');
    expect(good).not.toHaveAttribute('data-invalid');
    expect(bad).toHaveAttribute('data-invalid', 'true');
    expect(within(bad as HTMLElement).getByTestId('row-errors')).toHaveTextContent(
      'The e-mail address is not valid.',
    );
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('lists what is wrong with the file as a whole above the rows', async () => {
    stubImport({
      [IMPORT]: {
        status: 200,
        body: buildImportResult({
          rows: [],
          fileErrors: ['The header has no contact_email column.'],
          organisationsNew: 0,
          peopleNew: 0,
        }),
      },
    });
    renderRoute(`/workspaces/${WORKSPACE_ID}/import`);
    await chooseAndCheck();
    expect(await screen.findByTestId('file-errors')).toHaveTextContent(
      'The header has no contact_email column.',
    );
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('imports a clean file for the review it came from and says what was added', async () => {
    const answers = [buildImportResult(), buildImportResult({ committed: true })];
    const fetchMock = stubImport({ [IMPORT]: () => ({ status: 200, body: answers.shift() }) });
    renderRoute(`/workspaces/${WORKSPACE_ID}/import?reviewId=${REVIEW.id}`);
    expect(
      await screen.findByText(/will also take part in Voluntary GCM Review — Mongolia 2020/),
    ).toBeInTheDocument();
    await chooseAndCheck();
    await screen.findByTestId('import-preview');

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByTestId('import-done')).toHaveTextContent(
      'The file is imported: 1 new organisation and 1 new person are in the directory.',
    );
    expect(sentBody(fetchMock, IMPORT, 0)).toEqual({ csv: CSV, commit: false, reviewId: REVIEW.id });
    expect(sentBody(fetchMock, IMPORT, 1)).toEqual({ csv: CSV, commit: true, reviewId: REVIEW.id });
    expect(screen.getByRole('link', { name: "See the review's organisations" })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW.id}/people`,
    );
  });

  it('shows the rows again when the import is refused (422) because the directory changed meanwhile', async () => {
    const answers = [
      { status: 200, body: buildImportResult() },
      {
        status: 422,
        body: {
          statusCode: 422,
          code: 'VALIDATION',
          message: 'Nothing was imported: 1 row has an error.',
          details: buildImportResult({
            rows: [
              buildImportRow({
                errors: ['bat-erdene@mlsp.gov.mn.example is archived: restore the person first.'],
              }),
            ],
            errorCount: 1,
          }),
        },
      },
    ];
    stubImport({ [IMPORT]: () => answers.shift() ?? { status: 500 } });
    renderRoute(`/workspaces/${WORKSPACE_ID}/import`);
    await chooseAndCheck();
    await screen.findByTestId('import-preview');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('Nothing was imported: 1 row has an error.')).toBeInTheDocument();
    expect(await screen.findByTestId('row-errors')).toHaveTextContent(
      'is archived: restore the person first.',
    );
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(screen.queryByTestId('import-done')).not.toBeInTheDocument();
  });
});
