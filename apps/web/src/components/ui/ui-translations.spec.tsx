import type { TProgress, TReviewRole } from '@gcm/domain';
import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ApiError } from '../../lib/api-client';
import { renderUi } from '../../testing/render-ui';
import { CarriedForwardNote } from './carried-forward-note';
import { ConflictPanel } from './conflict-panel';
import { ErrorPanel } from './error-panel';
import { OrganisationFields } from './organisation-fields';
import { PageGate } from './page-gate';
import { ProgressCell } from './progress-cell';
import type { GatedQuery } from './query-gate';
import { ReviewNav } from './review-nav';
import { SaveBar, type SavingDraft } from './save-bar';
import { ContributionStateBadge, DeadlineBadge, MemberStatusBadge, ReviewStatusBadge } from './status-badge';
import { WordCount } from './word-count';

function draft(overrides: Partial<SavingDraft>): SavingDraft {
  return { status: 'idle', dirty: false, baseVersion: 0, error: null, save: jest.fn(), ...overrides };
}

function failed(status: number): GatedQuery<string> {
  return {
    data: undefined,
    error: new ApiError({
      status,
      code: status === 404 ? 'NOT_FOUND' : 'INTERNAL',
      message: 'No review with this id.',
    }),
    isPending: false,
    isError: true,
    isFetching: false,
    refetch: jest.fn(() => Promise.resolve()),
  };
}

describe('the shared pieces of the screens in the person’s language', () => {
  it('writes the badges in English as before, and in French once French is chosen', () => {
    const badges = (
      <>
        <ReviewStatusBadge status="collecting" />
        <DeadlineBadge status="overdue" />
        <ContributionStateBadge state="changes_requested" />
        <MemberStatusBadge active={false} />
      </>
    );
    const english = renderUi(badges);
    expect(screen.getByTestId('review-status')).toHaveTextContent('Collecting answers');
    expect(screen.getByTestId('deadline-status')).toHaveTextContent('Overdue');
    expect(screen.getByTestId('contribution-state')).toHaveTextContent('Changes requested');
    expect(screen.getByText('Invited')).toBeInTheDocument();
    english.unmount();

    renderUi(badges, { locale: 'fr' });
    expect(screen.getByTestId('review-status')).toHaveTextContent('Collecte des réponses');
    expect(screen.getByTestId('deadline-status')).toHaveTextContent('En retard');
    expect(screen.getByTestId('contribution-state')).toHaveTextContent('Modifications demandées');
    expect(screen.getByText('Invité')).toBeInTheDocument();
  });

  it('says when a text was saved with the language’s clock, and why it was not with the server’s words', () => {
    const savedAt = new Date(2026, 2, 9, 14, 5);
    const english = renderUi(<SaveBar draft={draft({ savedAt, baseVersion: 2 })} label="Save" />);
    expect(screen.getByTestId('save-status')).toHaveTextContent('Saved at 14:05');
    english.unmount();

    const spanish = renderUi(<SaveBar draft={draft({ savedAt, baseVersion: 2 })} label="Guardar" />, {
      locale: 'es',
    });
    expect(screen.getByTestId('save-status')).toHaveTextContent('Guardado a las 14:05');
    spanish.unmount();

    const error = new ApiError({
      status: 422,
      code: 'VALIDATION',
      message: 'The text is longer than 20000 characters.',
    });
    renderUi(<SaveBar draft={draft({ status: 'error', dirty: true, error })} label="Сохранить" />, {
      locale: 'ru',
    });
    expect(screen.getByTestId('save-status')).toHaveTextContent(
      'Не сохранено: The text is longer than 20000 characters.',
    );
  });

  it('counts words with each language’s plural', () => {
    const english = renderUi(<WordCount text="one two three" target={500} />);
    expect(screen.getByTestId('word-count')).toHaveTextContent('3 / ~500 words (less than half');
    english.unmount();

    const russian = renderUi(<WordCount text="one two three" target={22} />, { locale: 'ru' });
    expect(screen.getByTestId('word-count')).toHaveTextContent('3 / ~22 слова');
    russian.unmount();

    renderUi(<WordCount text="one two three" target={25} />, { locale: 'ru' });
    expect(screen.getByTestId('word-count')).toHaveTextContent('3 / ~25 слов');
  });

  it('names a page that is not found in whole sentences of the language', () => {
    renderUi(
      <MemoryRouter>
        <PageGate query={failed(404)} noun="workshop">
          {() => null}
        </PageGate>
      </MemoryRouter>,
      { locale: 'fr' },
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Atelier introuvable' })).toBeInTheDocument();
    expect(screen.getByText('No review with this id.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller à la liste des examens' })).toHaveAttribute(
      'href',
      '/reviews',
    );
  });

  it('loads a page in English as before', () => {
    renderUi(
      <MemoryRouter>
        <PageGate query={{ ...failed(500), isError: false, error: null }} noun="country directory">
          {() => null}
        </PageGate>
      </MemoryRouter>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the country directory…');
  });

  it('gives the review’s sections in Arabic', () => {
    const observer: TReviewRole = 'observer';
    renderUi(
      <MemoryRouter>
        <ReviewNav reviewId="r1" workspaceId="w1" role={observer} />
      </MemoryRouter>,
      { locale: 'ar' },
    );
    const nav = screen.getByRole('navigation', { name: 'أقسام الاستعراض' });
    expect(nav).toHaveTextContent('نظرة عامة');
    expect(screen.getByRole('link', { name: 'التقرير' })).toHaveAttribute('href', '/reviews/r1/report');
  });

  it('falls back to a translated sentence when an error has no message of its own', () => {
    renderUi(<ErrorPanel title="标题" error={null} />, { locale: 'zh' });
    expect(screen.getByRole('alert')).toHaveTextContent('发生了意外错误。');
  });

  it('labels the organisation fields and their types in Spanish', () => {
    renderUi(
      <OrganisationFields
        values={{ name: '', shortName: '', type: 'un_entity' }}
        onChange={jest.fn()}
        errors={{}}
      />,
      { locale: 'es' },
    );
    expect(screen.getByLabelText('Nombre de la organización')).toBeInTheDocument();
    expect(screen.getByLabelText('Nombre abreviado')).toHaveAccessibleDescription(
      'Opcional, por ejemplo MLSP u OIM.',
    );
    expect(screen.getByLabelText('Tipo')).toHaveDisplayValue('Entidad de las Naciones Unidas');
  });

  it('writes a review’s progress in English as before, and in Russian', () => {
    const progress: TProgress = {
      total: 35,
      notStarted: 20,
      drafting: 8,
      submitted: 3,
      changesRequested: 1,
      accepted: 3,
      overdue: 2,
    };
    const english = renderUi(<ProgressCell progress={progress} />);
    expect(english.container).toHaveTextContent('3 of 35 accepted, 2 overdue');
    english.unmount();

    const russian = renderUi(<ProgressCell progress={progress} />, { locale: 'ru' });
    expect(russian.container).toHaveTextContent('Принято: 3 из 35, просрочено: 2');
  });

  it('offers both texts after a refused save in French, the other’s status in the version line', () => {
    renderUi(
      <ConflictPanel
        doing="writing"
        pausedNote="et l’enregistrement automatique est suspendu"
        mine="Mon texte"
        onMineChange={jest.fn()}
        theirs={{ body: '', version: 4, updatedAt: null, updatedBy: { name: 'S. Tsogt' } }}
        theirsDetail="brouillon"
        target={500}
        saving={false}
        onKeepMine={jest.fn()}
        onUseTheirs={jest.fn()}
      />,
      { locale: 'fr' },
    );
    const panel = screen.getByTestId('conflict-panel');
    expect(panel).toHaveTextContent(
      'Quelqu’un d’autre a enregistré cette réponse pendant que vous la rédigiez',
    );
    expect(panel).toHaveTextContent(
      'Votre texte n’est pas encore enregistré, et l’enregistrement automatique est suspendu.',
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Enregistré par S. Tsogt' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('(vide)');
    expect(panel).toHaveTextContent('Version 4, brouillon');
    expect(screen.getByRole('button', { name: 'Garder la mienne' })).toBeInTheDocument();
  });

  it('links the review a new one started from inside a Chinese sentence', () => {
    renderUi(
      <MemoryRouter>
        <CarriedForwardNote
          review={{ carriedForwardFrom: { reviewId: 'r0', title: 'Mongolia 2020', cycle: 2020 } }}
        />
      </MemoryRouter>,
      { locale: 'zh' },
    );
    expect(screen.getByTestId('carried-forward-from')).toHaveTextContent(
      '沿用自Mongolia 2020（2020）：已复制其组织、人员和任务安排，其最终答复作为初稿。',
    );
    expect(screen.getByRole('link', { name: 'Mongolia 2020（2020）' })).toHaveAttribute(
      'href',
      '/reviews/r0',
    );
  });
});
