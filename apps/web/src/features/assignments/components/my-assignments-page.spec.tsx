import { screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildCurrentPerson, buildFullAssignment } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

function openMyAssignments(language: 'ar' | null) {
  stubFetch({
    ...signedIn(buildCurrentPerson({ locale: language })),
    'GET /api/me/assignments': {
      status: 200,
      body: { assignments: [buildFullAssignment({ role: 'lead', dueDate: '2020-08-15' })] },
    },
  });
  renderRoute('/my/assignments');
}

describe('My assignments', () => {
  it('lists the work with its role and due date, in English by default', async () => {
    openMyAssignments(null);
    const table = await screen.findByRole('table', { name: 'Your assignments, open work first' });
    const row = within(table).getByTestId('my-assignment');
    expect(row).toHaveTextContent('Lead');
    expect(within(row).getByText('15 Aug 2020')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Open question 1a' })).toBeInTheDocument();
  });

  it('is written in Arabic for a person who chose it, dates included', async () => {
    openMyAssignments('ar');
    const table = await screen.findByRole('table', { name: 'مهامك، العمل المفتوح أولًا' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(expect.arrayContaining(['السؤال', 'الاستعراض', 'المنظمة', 'الموعد النهائي', 'الحالة']));
    const row = within(table).getByTestId('my-assignment');
    expect(row).toHaveTextContent('رائدة');
    expect(row.querySelector('time')?.textContent).toMatch(/أغسطس|آب/);
    expect(within(row).getByRole('link', { name: 'فتح السؤال 1a' })).toBeInTheDocument();
  });
});
