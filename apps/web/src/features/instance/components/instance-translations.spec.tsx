import { fireEvent, screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import {
  buildDirectoryOrganisation,
  buildFullOrganisation,
  buildMember,
  buildReviewDetail,
  WORKSPACE_ID,
} from '../../../testing/fixtures';
import { buildAdministrator, buildInstanceAccount } from '../../../testing/instance-fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const ADMIN = buildAdministrator();
const SUSPENDED = buildInstanceAccount({
  name: 'A. Nurlanovna',
  email: 'coordinator@mfa.kz.example',
  suspended: true,
  reviewCount: 2,
});
const INVITED = buildInstanceAccount({
  name: 'B. Sarsenova',
  email: 'b.sarsenova@mfa.kz.example',
  activated: false,
  mayCreateReviews: true,
});

describe('the installation’s accounts in the administrator’s language', () => {
  it('writes the accounts page in Russian: frame, sections, table, statuses, rights and the add form', async () => {
    stubFetch({
      ...signedIn({ ...ADMIN, locale: 'ru' }),
      'GET /api/instance/accounts': { status: 200, body: { accounts: [SUSPENDED, INVITED] } },
    });
    renderRoute('/instance/accounts');

    const [suspended, invited] = (await screen.findAllByTestId('account-row')) as [HTMLElement, HTMLElement];
    expect(screen.getByRole('heading', { level: 1, name: 'Учётные записи' })).toBeInTheDocument();
    const sections = screen.getByRole('navigation', { name: 'Разделы установки' });
    expect(within(sections).getByRole('link', { name: 'Журнал аудита' })).toHaveAttribute(
      'href',
      '/instance/audit',
    );
    const table = screen.getByRole('table', { name: 'Все учётные записи установки' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Пользователь', 'Статус', 'Права', 'Обзоры', 'Действия']);

    // Names and addresses are data: never translated.
    expect(suspended).toHaveTextContent('A. Nurlanovna');
    expect(suspended).toHaveTextContent('Заблокирована');
    expect(suspended).toHaveTextContent('Участвует по приглашению');
    fireEvent.click(within(suspended).getByRole('button', { name: 'Восстановить' }));
    expect(suspended).toHaveTextContent('Снова разрешить пользователю A. Nurlanovna входить в систему?');
    expect(within(suspended).getByRole('button', { name: 'Да, восстановить' })).toBeInTheDocument();

    expect(invited).toHaveTextContent('Не активирована');
    expect(invited).toHaveTextContent('Может начинать обзоры');
    expect(
      within(invited).getByRole('button', { name: 'Отозвать право «может начинать обзоры»' }),
    ).toBeInTheDocument();

    // A failed check in Russian: the field's own message (the contract's) under a Russian summary.
    const form = screen.getByRole('form', { name: 'Добавить учётную запись' });
    fireEvent.click(within(form).getByRole('button', { name: 'Добавить и отправить письмо для активации' }));
    const summary = within(form).getByRole('region', { name: 'Исправьте 2 поля' });
    expect(summary).toHaveFocus();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent?.split(':')[0]),
    ).toEqual(['Электронная почта', 'Имя']);
  });
});

describe('a review’s people and organisations in French', () => {
  const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
  const MLSP = buildFullOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });
  const BAT = buildMember({ name: 'Bat-Erdene Dorj', organisation: MLSP, status: 'active' });

  it('names the sections, the invitation form, the roles and the organisation types in French', async () => {
    stubFetch({
      ...signedIn({ ...ADMIN, isAdministrator: false, locale: 'fr' }),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID },
          viewer: { role: 'coordinator', organisationId: null },
        }),
      },
      [`GET /api/reviews/${REVIEW_ID}/members`]: { status: 200, body: { members: [BAT] } },
      [`GET /api/reviews/${REVIEW_ID}/organisations`]: { status: 200, body: { organisations: [MLSP] } },
      [`GET /api/workspaces/${WORKSPACE_ID}/organisations?archived=false`]: {
        status: 200,
        body: { organisations: [buildDirectoryOrganisation({ ...MLSP, reviewCount: 1 })] },
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}/people`);

    const row = await screen.findByTestId('member-row');
    expect(screen.getByRole('heading', { level: 1, name: 'Personnes et organisations' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Inviter une personne' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Personnes' })).toBeInTheDocument();
    expect(within(row).getByLabelText('Rôle de Bat-Erdene Dorj')).toHaveDisplayValue(
      'Contributeur (point focal)',
    );
    expect(within(row).getByRole('button', { name: 'Enregistrer les modifications' })).toBeDisabled();

    const organisation = screen.getByTestId('organisation-row');
    expect(organisation).toHaveTextContent('Ministère ou organisme');
    expect(
      within(organisation).getByRole('button', { name: 'Modifier Ministry of Labour and Social Protection' }),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('add-from-directory')).toHaveTextContent(
      'Toutes les organisations actives de l’annuaire participent déjà.',
    );

    const form = screen.getByTestId('invite-form');
    expect(within(form).getByLabelText('Fonction')).toHaveAccessibleDescription('Facultatif.');
    expect(within(form).getByLabelText('Organisation')).toHaveAccessibleDescription(
      'Obligatoire pour un contributeur : l’organisation au nom de laquelle il répond.',
    );
    expect(within(form).getByRole('button', { name: 'Inviter' })).toBeInTheDocument();
  });
});
