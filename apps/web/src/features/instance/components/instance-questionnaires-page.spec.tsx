import { File as NodeFile } from 'node:buffer';
import { fireEvent, screen, within } from '@testing-library/react';
import { type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import { buildCurrentPerson } from '../../../testing/fixtures';
import {
  buildAdministrator,
  buildQuestionnaireSummary,
  ESCAP_2020_SUMMARY,
  questionnairesListed,
} from '../../../testing/instance-fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const PACIFIC_V2 = buildQuestionnaireSummary({
  version: 2,
  questionCount: 9,
  importedAt: null,
  builtIn: false,
});
const FILE_TEXT = '{"format":"gcm-questionnaire/1","key":"pacific-gcm-review-2024","version":2}';

function open(answers: Record<string, StubbedAnswer> = {}) {
  const fetchMock = stubFetch({ ...signedIn(buildAdministrator()), ...questionnairesListed(), ...answers });
  renderRoute('/instance/questionnaires');
  return fetchMock;
}

/**
 * Chooses a file as the browser gives it. jsdom's File cannot read itself (no `text()`), so the
 * test hands the page a File of Node's, which reads like a browser's.
 */
async function chooseFile(text: string, name = 'pacific-gcm-review-2024.v2.json') {
  const input = await screen.findByTestId('questionnaire-file');
  fireEvent.change(input, { target: { files: [new NodeFile([text], name, { type: 'application/json' })] } });
  expect(await screen.findByText(`${name} is ready to be checked.`)).toBeInTheDocument();
}

const problems = (list: { path: string; message: string }[]): StubbedAnswer => ({
  status: 422,
  body: {
    statusCode: 422,
    code: 'UNPROCESSABLE',
    message: `The questionnaire was not imported: it has ${list.length} problems. Correct the file and try again.`,
    details: { problems: list },
  },
});

describe('InstanceQuestionnairesPage', () => {
  it('lists the built-in and imported questionnaires with version, language and question count', async () => {
    open();
    const rows = await screen.findAllByTestId('questionnaire-row');
    const [escap, pacific] = rows as [HTMLElement, HTMLElement];
    expect(within(escap).getByRole('rowheader')).toHaveTextContent(ESCAP_2020_SUMMARY.title);
    expect(escap).toHaveTextContent('escap-gcm-review-2020');
    expect(escap).toHaveTextContent('22');
    expect(escap).toHaveTextContent('Built in');
    expect(pacific).toHaveTextContent('Pacific Voluntary GCM Review 2024');
    expect(pacific).toHaveTextContent('Imported 1 March 2024');
    const sections = screen.getByRole('navigation', { name: 'Installation sections' });
    expect(within(sections).getByRole('link', { name: 'Questionnaires' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('checks a file and lists each problem of a refused one (422), offering no import', async () => {
    const fetchMock = open({
      'POST /api/questionnaires': problems([
        {
          path: 'sections[1].questions[0].answer.kind',
          message: 'Section 2 (cluster-2), question 2a, answer.kind: must be one of narrative, table',
        },
        { path: 'recipients.to', message: '"recipients.to": name at least one recipient' },
      ]),
    });
    await chooseFile(FILE_TEXT);
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));

    const alert = await screen.findByTestId('questionnaire-problems');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('The file cannot be imported: 2 problems');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Section 2 (cluster-2), question 2a, answer.kind: must be one of narrative, table',
      '"recipients.to": name at least one recipient',
    ]);
    expect(sentBody(fetchMock, 'POST /api/questionnaires')).toEqual({ file: FILE_TEXT, dryRun: true });
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
  });

  it('says what a valid file holds after the check, then imports it and lists it', async () => {
    let imported = false;
    const fetchMock = open({
      'GET /api/questionnaires': () => ({
        status: 200,
        body: {
          questionnaires: [
            ESCAP_2020_SUMMARY,
            ...(imported ? [{ ...PACIFIC_V2, importedAt: '2024-03-02T02:00:00.000Z' }] : []),
          ],
        },
      }),
      'POST /api/questionnaires': () => {
        const dryRun = callCount(fetchMock, 'POST /api/questionnaires') === 1;
        imported = !dryRun;
        return {
          status: 200,
          body: {
            imported: !dryRun,
            questionnaire: dryRun ? PACIFIC_V2 : { ...PACIFIC_V2, importedAt: '2024-03-02T02:00:00.000Z' },
          },
        };
      },
    });
    expect(await screen.findAllByTestId('questionnaire-row')).toHaveLength(1);
    await chooseFile(FILE_TEXT);
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByTestId('questionnaire-valid')).toHaveTextContent(
      'Valid: Pacific Voluntary GCM Review 2024 v2, 9 questions.',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByTestId('questionnaire-imported')).toHaveTextContent(
      'Imported: Pacific Voluntary GCM Review 2024 v2, 9 questions.',
    );
    expect(sentBody(fetchMock, 'POST /api/questionnaires', 1)).toEqual({ file: FILE_TEXT, dryRun: false });
    expect(await screen.findAllByTestId('questionnaire-row')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
  });

  it('shows the message of a 409 (that key and version exist) and asks for a file before checking', async () => {
    const fetchMock = open({
      'POST /api/questionnaires': {
        status: 409,
        body: {
          statusCode: 409,
          code: 'CONFLICT',
          message:
            'Questionnaire "pacific-gcm-review-2024" version 2 exists already; a changed form needs a new version number',
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Check' }));
    expect(screen.getByLabelText('Questionnaire file')).toHaveAccessibleDescription(
      /choose a questionnaire file/,
    );
    expect(callCount(fetchMock, 'POST /api/questionnaires')).toBe(0);

    await chooseFile(FILE_TEXT);
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file could not be checked');
    expect(alert).toHaveTextContent('version 2 exists already');
  });

  it('shows nothing of the questionnaires to someone who is not the administrator', async () => {
    const fetchMock = stubFetch({ ...signedIn(buildCurrentPerson()), ...questionnairesListed() });
    renderRoute('/instance/questionnaires');
    expect(
      await screen.findByText('Only the administrator of this installation sees this page.'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('questionnaire-file')).not.toBeInTheDocument();
    expect(callCount(fetchMock, 'GET /api/questionnaires')).toBe(0);
  });
});
