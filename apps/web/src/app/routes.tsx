import { type ReactNode, Suspense, use } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { loadProblemMessages } from '../lib/i18n/problem-locale';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';
import { SCREEN_MESSAGES } from './screen-messages';

/** A page's element once its chunks have arrived, and how to fetch them (once). */
interface LazyPart {
  element: ReactNode | undefined;
  load(): Promise<ReactNode>;
}

/** Every page, for the tests (testing/render-route.tsx loads them all before rendering). */
const parts: LazyPart[] = [];

/**
 * A page in its own chunks, loaded when it is first visited, together with the other screens'
 * messages (app/screen-messages.ts) and the problem messages of the forms' checks
 * (lib/i18n/problem-locale.ts): it suspends until all have arrived, so it never renders without
 * its text. Router navigations are transitions: the page being left stays on the screen
 * meanwhile. Only the shell and the sign-in page come with the app's first script
 * (docs/decisions/0025-web-serving.md). Once loaded, the page renders at once, as an import would.
 */
function page<M>(load: () => Promise<M>, render: (module: M) => ReactNode): Pick<RouteObject, 'element'> {
  let loading: Promise<ReactNode> | undefined;
  const part: LazyPart = {
    element: undefined,
    load() {
      loading ??= Promise.all([load(), SCREEN_MESSAGES.loadAll(), loadProblemMessages()]).then(
        ([module]) => {
          part.element = render(module);
          return part.element;
        },
        (error: unknown) => {
          // A chunk that failed to download (the network, a deploy in between) is tried again next time.
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
  parts.push(part);
  return { element: <LazyPage part={part} /> };
}

function LazyPage({ part }: { part: LazyPart }) {
  return part.element ?? use(part.load());
}

/** Loads every page and every catalogue (the tests render any page at once, as before the split). */
export function preloadPages(): Promise<unknown> {
  return Promise.all(parts.map((part) => part.load()));
}

/** The route table, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        // Where a page waits for its first download: in the shell, which stays on the screen.
        element: (
          <Suspense fallback={null}>
            <Outlet />
          </Suspense>
        ),
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          {
            path: 'invitations/:token',
            ...page(
              () => import('../features/auth/components/invitation-page'),
              (m) => <m.InvitationPage />,
            ),
          },
          {
            path: 'account-links/:token',
            ...page(
              () => import('../features/auth/components/account-link-page'),
              (m) => <m.AccountLinkPage />,
            ),
          },
          {
            path: 'forgot-password',
            ...page(
              () => import('../features/auth/components/forgot-password-page'),
              (m) => <m.ForgotPasswordPage />,
            ),
          },
          // Published reports: for anyone, no sign-in (docs/decisions/0019-public-reports.md).
          {
            path: 'published',
            ...page(
              () => import('../features/published/components/published-index-page'),
              (m) => <m.PublishedIndexPage />,
            ),
          },
          {
            path: 'published/:reviewId',
            ...page(
              () => import('../features/published/components/published-report-page'),
              (m) => <m.PublishedReportPage />,
            ),
          },
          {
            // Everything else needs a session: without one, /sign-in?next=<here>. The guard is a page
            // too: its loading and error panels speak with the other screens' messages.
            ...page(
              () => import('../features/auth/components/require-session'),
              (m) => <m.RequireSession />,
            ),
            children: [
              {
                index: true,
                ...page(
                  () => import('../features/auth/components/landing-redirect'),
                  (m) => <m.LandingRedirect />,
                ),
              },
              {
                path: 'reviews',
                ...page(
                  () => import('../features/reviews/components/reviews-list-page'),
                  (m) => <m.ReviewsListPage />,
                ),
              },
              {
                path: 'reviews/new',
                ...page(
                  () => import('../features/review-setup/components/create-review-page'),
                  (m) => <m.CreateReviewPage />,
                ),
              },
              {
                path: 'reviews/:reviewId',
                ...page(
                  () =>
                    Promise.all([
                      import('../features/reviews/components/review-page'),
                      import('../features/reminders/components/email-summary'),
                    ]),
                  ([review, reminders]) => (
                    <review.ReviewPage
                      coordinatorPanels={(reviewId) => <reminders.EmailSummary reviewId={reviewId} />}
                    />
                  ),
                ),
              },
              {
                path: 'reviews/:reviewId/assignments',
                ...page(
                  () => import('../features/assignments/components/matrix-page'),
                  (m) => <m.MatrixPage />,
                ),
              },
              {
                path: 'reviews/:reviewId/people',
                ...page(
                  () => import('../features/members/components/people-page'),
                  (m) => <m.PeoplePage />,
                ),
              },
              {
                path: 'reviews/:reviewId/settings',
                ...page(
                  () => import('../features/review-setup/components/settings-page'),
                  (m) => <m.SettingsPage />,
                ),
              },
              {
                path: 'reviews/:reviewId/questionnaire',
                ...page(
                  () => import('../features/questionnaires/components/questionnaire-page'),
                  (m) => <m.QuestionnairePage />,
                ),
              },
              {
                path: 'reviews/:reviewId/activity',
                ...page(
                  () => import('../features/audit/components/activity-page'),
                  (m) => <m.ActivityPage />,
                ),
              },
              {
                path: 'reviews/:reviewId/deadlines',
                ...page(
                  () => import('../features/reminders/components/deadlines-page'),
                  (m) => <m.DeadlinesPage />,
                ),
              },
              {
                path: 'reviews/:reviewId/reminders',
                ...page(
                  () => import('../features/reminders/components/reminders-page'),
                  (m) => <m.RemindersPage />,
                ),
              },
              {
                path: 'reviews/:reviewId/workshops',
                ...page(
                  () => import('../features/workshops/components/workshops-page'),
                  (m) => <m.WorkshopsPage />,
                ),
              },
              {
                path: 'reviews/:reviewId/votes',
                ...page(
                  () => import('../features/votes/components/votes-page'),
                  (m) => <m.VotesPage />,
                ),
              },
              {
                path: 'reviews/:reviewId/report',
                ...page(
                  () => import('../features/report/components/report-page'),
                  (m) => <m.ReportPage />,
                ),
              },
              {
                path: 'reviews/:reviewId/questions/:code',
                ...page(
                  () => import('../features/answers/components/consolidation-page'),
                  (m) => <m.ConsolidationPage />,
                ),
              },
              {
                path: 'workspaces/:workspaceId',
                ...page(
                  () => import('../features/workspaces/components/directory-page'),
                  (m) => <m.DirectoryPage />,
                ),
              },
              {
                path: 'workspaces/:workspaceId/import',
                ...page(
                  () => import('../features/workspaces/components/import-page'),
                  (m) => <m.ImportPage />,
                ),
              },
              {
                path: 'workshops/:workshopId',
                ...page(
                  () => import('../features/workshops/components/workshop-page'),
                  (m) => <m.WorkshopPage />,
                ),
              },
              {
                path: 'votes/:voteId',
                ...page(
                  () => import('../features/votes/components/vote-page'),
                  (m) => <m.VotePage />,
                ),
              },
              {
                path: 'votes/:voteId/results',
                ...page(
                  () => import('../features/votes/components/results-page'),
                  (m) => <m.ResultsPage />,
                ),
              },
              {
                path: 'votes/:voteId/finalise',
                ...page(
                  () => import('../features/votes/components/finalise-page'),
                  (m) => <m.FinalisePage />,
                ),
              },
              {
                path: 'my/assignments',
                ...page(
                  () =>
                    Promise.all([
                      import('../features/assignments/components/my-assignments-page'),
                      import('../features/votes/components/my-open-votes'),
                      import('../features/reminders/components/calendar-feed-card'),
                    ]),
                  ([assignments, votes, reminders]) => (
                    <assignments.MyAssignmentsPage
                      aside={
                        <>
                          <votes.MyOpenVotes />
                          <reminders.CalendarFeedCard />
                        </>
                      }
                    />
                  ),
                ),
              },
              {
                path: 'assignments/:assignmentId',
                ...page(
                  () =>
                    Promise.all([
                      import('../features/contributions/components/contribution-page'),
                      import('../features/reminders/components/assignment-reminders'),
                    ]),
                  ([contributions, reminders]) => (
                    <contributions.ContributionPage
                      panels={(assignment) => <reminders.AssignmentReminders assignment={assignment} />}
                    />
                  ),
                ),
              },
              {
                path: 'assignments/:assignmentId/history',
                ...page(
                  () => import('../features/contributions/components/history-page'),
                  (m) => <m.HistoryPage />,
                ),
              },
              {
                path: 'account/password',
                ...page(
                  () => import('../features/auth/components/change-password-page'),
                  (m) => <m.ChangePasswordPage />,
                ),
              },
              {
                path: 'instance',
                ...page(
                  () => import('../features/instance/components/instance-reviews-page'),
                  (m) => <m.InstanceReviewsPage />,
                ),
              },
              {
                path: 'instance/accounts',
                ...page(
                  () => import('../features/instance/components/instance-accounts-page'),
                  (m) => <m.InstanceAccountsPage />,
                ),
              },
              {
                path: 'instance/questionnaires',
                ...page(
                  () => import('../features/instance/components/instance-questionnaires-page'),
                  (m) => <m.InstanceQuestionnairesPage />,
                ),
              },
              {
                path: 'instance/audit',
                ...page(
                  () => import('../features/instance/components/instance-audit-page'),
                  (m) => <m.InstanceAuditPage />,
                ),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
