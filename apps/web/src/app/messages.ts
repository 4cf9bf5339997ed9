import { uiMessages } from '../components/ui/ui.messages';
import { uiErrorMessages } from '../components/ui/ui-errors.messages';
import { answersMessages } from '../features/answers/answers.messages';
import { assignmentsMessages } from '../features/assignments/assignments.messages';
import { myAssignmentsMessages } from '../features/assignments/my-assignments.messages';
import { auditMessages } from '../features/audit/audit.messages';
import { accountMessages } from '../features/auth/account.messages';
import { signInMessages } from '../features/auth/sign-in.messages';
import { contributionsMessages } from '../features/contributions/contributions.messages';
import { instanceMessages } from '../features/instance/instance.messages';
import { membersMessages } from '../features/members/members.messages';
import { publishedMessages } from '../features/published/published.messages';
import { questionnairesMessages } from '../features/questionnaires/questionnaires.messages';
import { remindersMessages } from '../features/reminders/reminders.messages';
import { reportMessages } from '../features/report/report.messages';
import { reviewSetupMessages } from '../features/review-setup/review-setup.messages';
import { reviewsMessages } from '../features/reviews/reviews.messages';
import { votesMessages } from '../features/votes/votes.messages';
import { workshopsMessages } from '../features/workshops/workshops.messages';
import { workspacesMessages } from '../features/workspaces/workspaces.messages';
import { type Catalogue, mergeCatalogues } from '../lib/i18n/catalogue';
import { shellMessages } from './shell.messages';

/**
 * Every catalogue of the app; a part that translates its screens adds its own here. The app loads
 * this module with its first page after sign-in; what the sign-in page shows comes earlier, from
 * app/screen-messages.ts (its spec finds a message missing there).
 */
export const CATALOGUES = [
  shellMessages,
  signInMessages,
  uiMessages,
  uiErrorMessages,
  contributionsMessages,
  myAssignmentsMessages,
  votesMessages,
  answersMessages,
  assignmentsMessages,
  workshopsMessages,
  reportMessages,
  publishedMessages,
  reviewSetupMessages,
  remindersMessages,
  auditMessages,
  instanceMessages,
  membersMessages,
  questionnairesMessages,
  reviewsMessages,
  workspacesMessages,
  accountMessages,
] as const;

export const MESSAGES = mergeCatalogues(CATALOGUES);

/** The ids of every catalogue's messages (a union across the catalogues). */
type IdsOf<C> = C extends Catalogue<infer K> ? K : never;
type MessageId = IdsOf<(typeof CATALOGUES)[number]>;

// react-intl's `formatMessage({ id })` and `<FormattedMessage id>` accept only ids English has.
declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
