import type { RouteObject } from 'react-router';
import { ConsolidationPage } from '../features/answers/components/consolidation-page';
import { MatrixPage } from '../features/assignments/components/matrix-page';
import { MyAssignmentsPage } from '../features/assignments/components/my-assignments-page';
import { ActivityPage } from '../features/audit/components/activity-page';
import { AccountLinkPage } from '../features/auth/components/account-link-page';
import { ChangePasswordPage } from '../features/auth/components/change-password-page';
import { ForgotPasswordPage } from '../features/auth/components/forgot-password-page';
import { InvitationPage } from '../features/auth/components/invitation-page';
import { LandingRedirect } from '../features/auth/components/landing-redirect';
import { RequireSession } from '../features/auth/components/require-session';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { ContributionPage } from '../features/contributions/components/contribution-page';
import { HistoryPage } from '../features/contributions/components/history-page';
import { InstanceAccountsPage } from '../features/instance/components/instance-accounts-page';
import { InstanceAuditPage } from '../features/instance/components/instance-audit-page';
import { InstanceQuestionnairesPage } from '../features/instance/components/instance-questionnaires-page';
import { InstanceReviewsPage } from '../features/instance/components/instance-reviews-page';
import { PeoplePage } from '../features/members/components/people-page';
import { PublishedIndexPage } from '../features/published/components/published-index-page';
import { PublishedReportPage } from '../features/published/components/published-report-page';
import { QuestionnairePage } from '../features/questionnaires/components/questionnaire-page';
import { AssignmentReminders } from '../features/reminders/components/assignment-reminders';
import { CalendarFeedCard } from '../features/reminders/components/calendar-feed-card';
import { DeadlinesPage } from '../features/reminders/components/deadlines-page';
import { EmailSummary } from '../features/reminders/components/email-summary';
import { RemindersPage } from '../features/reminders/components/reminders-page';
import { ReportPage } from '../features/report/components/report-page';
import { CreateReviewPage } from '../features/review-setup/components/create-review-page';
import { SettingsPage } from '../features/review-setup/components/settings-page';
import { ReviewPage } from '../features/reviews/components/review-page';
import { ReviewsListPage } from '../features/reviews/components/reviews-list-page';
import { FinalisePage } from '../features/votes/components/finalise-page';
import { MyOpenVotes } from '../features/votes/components/my-open-votes';
import { ResultsPage } from '../features/votes/components/results-page';
import { VotePage } from '../features/votes/components/vote-page';
import { VotesPage } from '../features/votes/components/votes-page';
import { WorkshopPage } from '../features/workshops/components/workshop-page';
import { WorkshopsPage } from '../features/workshops/components/workshops-page';
import { DirectoryPage } from '../features/workspaces/components/directory-page';
import { ImportPage } from '../features/workspaces/components/import-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/** The route table, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'invitations/:token', element: <InvitationPage /> },
          { path: 'account-links/:token', element: <AccountLinkPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          // Published reports: for anyone, no sign-in (docs/decisions/0019-public-reports.md).
          { path: 'published', element: <PublishedIndexPage /> },
          { path: 'published/:reviewId', element: <PublishedReportPage /> },
          {
            // Everything else needs a session: without one, /sign-in?next=<here>.
            element: <RequireSession />,
            children: [
              { index: true, element: <LandingRedirect /> },
              { path: 'reviews', element: <ReviewsListPage /> },
              { path: 'reviews/new', element: <CreateReviewPage /> },
              {
                path: 'reviews/:reviewId',
                element: (
                  <ReviewPage coordinatorPanels={(reviewId) => <EmailSummary reviewId={reviewId} />} />
                ),
              },
              { path: 'reviews/:reviewId/assignments', element: <MatrixPage /> },
              { path: 'reviews/:reviewId/people', element: <PeoplePage /> },
              { path: 'reviews/:reviewId/settings', element: <SettingsPage /> },
              { path: 'reviews/:reviewId/questionnaire', element: <QuestionnairePage /> },
              { path: 'reviews/:reviewId/activity', element: <ActivityPage /> },
              { path: 'reviews/:reviewId/deadlines', element: <DeadlinesPage /> },
              { path: 'reviews/:reviewId/reminders', element: <RemindersPage /> },
              { path: 'reviews/:reviewId/workshops', element: <WorkshopsPage /> },
              { path: 'reviews/:reviewId/votes', element: <VotesPage /> },
              { path: 'reviews/:reviewId/report', element: <ReportPage /> },
              { path: 'reviews/:reviewId/questions/:code', element: <ConsolidationPage /> },
              { path: 'workspaces/:workspaceId', element: <DirectoryPage /> },
              { path: 'workspaces/:workspaceId/import', element: <ImportPage /> },
              { path: 'workshops/:workshopId', element: <WorkshopPage /> },
              { path: 'votes/:voteId', element: <VotePage /> },
              { path: 'votes/:voteId/results', element: <ResultsPage /> },
              { path: 'votes/:voteId/finalise', element: <FinalisePage /> },
              {
                path: 'my/assignments',
                element: (
                  <MyAssignmentsPage
                    aside={
                      <>
                        <MyOpenVotes />
                        <CalendarFeedCard />
                      </>
                    }
                  />
                ),
              },
              {
                path: 'assignments/:assignmentId',
                element: (
                  <ContributionPage
                    panels={(assignment) => <AssignmentReminders assignment={assignment} />}
                  />
                ),
              },
              { path: 'assignments/:assignmentId/history', element: <HistoryPage /> },
              { path: 'account/password', element: <ChangePasswordPage /> },
              { path: 'instance', element: <InstanceReviewsPage /> },
              { path: 'instance/accounts', element: <InstanceAccountsPage /> },
              { path: 'instance/questionnaires', element: <InstanceQuestionnairesPage /> },
              { path: 'instance/audit', element: <InstanceAuditPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
