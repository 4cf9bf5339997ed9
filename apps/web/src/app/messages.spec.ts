import { LOCALES, type TLocale } from '@gcm/domain';
import { catalogueProblems } from '@gcm/domain/testing';
import { mergeCatalogues } from '../lib/i18n/catalogue';
import { CATALOGUES, MESSAGES } from './messages';

const TRANSLATIONS = LOCALES.filter((locale): locale is Exclude<TLocale, 'en'> => locale !== 'en');

describe('the catalogues of the screens', () => {
  it('says in every language what English says: the same keys, the same ICU arguments', () => {
    expect(catalogueProblems(CATALOGUES)).toEqual([]);
  });

  it('has no message left untranslated: a text that is not a name or a number differs from English', () => {
    const same = TRANSLATIONS.flatMap((locale) =>
      Object.entries(MESSAGES[locale])
        .filter(([id, message]) => message === MESSAGES.en[id] && /[a-z]{4}/.test(message))
        .filter(([id]) => !SAME_IN_SOME_LANGUAGES.has(`${locale}:${id}`))
        .map(([id]) => `${locale}:${id}`),
    );
    expect(same).toEqual([]);
  });

  it('refuses two parts defining the same message', () => {
    const [first] = CATALOGUES;
    expect(() => mergeCatalogues([first, first])).toThrow(/Two catalogues define the message "shell\./);
  });
});

/** Words a language writes as English does. */
const SAME_IN_SOME_LANGUAGES = new Set([
  'fr:shell.nav.installation',
  // French cognates: "Question", "Organisation", "Version".
  'fr:contribution.header.question',
  'fr:contribution.header.organisation',
  'fr:contribution.history.version',
  'fr:myAssignments.column.question',
  'fr:myAssignments.column.organisation',
  'fr:myAssignments.question',
  // Only arguments and punctuation ("{name}, {date}"), or the units these languages write as English.
  'fr:contribution.changeRequest.byAt',
  'es:contribution.changeRequest.byAt',
  'ru:contribution.changeRequest.byAt',
  'fr:contribution.attachments.uploaded',
  'es:contribution.attachments.uploaded',
  'ru:contribution.attachments.uploaded',
  'es:contribution.attachments.bytes',
  'es:contribution.attachments.kilobytes',
  'es:contribution.attachments.megabytes',
  'zh:contribution.attachments.kilobytes',
  'zh:contribution.attachments.megabytes',
  'fr:ui.nav.votes',
  'fr:ui.nav.questionnaire',
  'fr:ui.review.questionnaire',
  'fr:ui.review.questionnaire.option',
  'fr:ui.conflict.version',
  'fr:ui.conflict.versionDetail',
  // "← {title}": an arrow and the title.
  'fr:ui.back',
  'es:ui.back',
  'ru:ui.back',
  'zh:ui.back',
  // "{label}: {message}" — only the two arguments and a colon.
  'es:ui.errorSummary.item',
  'ru:ui.errorSummary.item',
  'ar:ui.errorSummary.item',
  // "{method}: {rules}" — only the two arguments and a colon.
  'es:votes.facts.methodRules',
  'ru:votes.facts.methodRules',
  'ar:votes.facts.methodRules',
  // "Points" is French too; Schulze, Borda and Copeland are the names of the methods' authors.
  'fr:votes.measure.dot',
  'fr:votes.value.dot',
  'fr:votes.methods.schulze',
  'fr:votes.methods.borda',
  'fr:votes.methods.copeland',
  'es:votes.methods.schulze',
  'es:votes.methods.borda',
  'es:votes.methods.copeland',
  // "Votes" and "Secret" are French words too.
  'fr:votes.list.pageTitle',
  'fr:votes.list.secret',
  // Answers and assignments: French "Question", "Organisation", "Version", "Actions" are French words
  // too; "{title} — no" is Spanish as well.
  'fr:answers.page.title',
  'fr:answers.history.item',
  'fr:answers.table.actions',
  'fr:assignments.matrix.question',
  'fr:assignments.matrix.questionButton',
  'fr:assignments.form.titleEdit',
  'fr:assignments.form.question',
  'fr:assignments.form.organisation',
  'es:answers.principles.noLabel',
  // Workshops: French "Date", "Organisations", "Total", "Participants", "Organisation", "Actions",
  // "Action", "Question" (also in "Question {code}, {organisation}"); Spanish "Total".
  'fr:workshops.list.dateIn',
  'fr:workshops.attendance.organisations',
  'fr:workshops.attendance.total',
  'fr:workshops.participants.title',
  'fr:workshops.participants.organisation',
  'fr:workshops.participants.actions',
  'fr:workshops.actionItems.action',
  'fr:workshops.division.question',
  'fr:workshops.division.cell',
  'fr:workshops.division.anOrganisation',
  'es:workshops.attendance.total',
  // The report, the published reports, review set-up: French "Question", "Original", "Version",
  // "Document", "Publication", "Cycle", "Questionnaire"; Spanish "Error:".
  'fr:report.link.question',
  'fr:report.amend.question',
  'fr:report.version.original',
  'fr:report.submissions.col.version',
  'fr:report.submissions.col.document',
  'fr:report.publication.title',
  'fr:published.col.cycle',
  'fr:published.facts.questionnaire',
  'es:report.check.errorMark',
  // Reminders and deadlines, activity: French "Question" and "Organisation"; messages that are only
  // arguments and punctuation ("{code}, {date} ({state})", "{kind}:", "{field}: {before} → {after}").
  'fr:reminders.failed.question',
  'fr:reminders.outbox.question',
  'fr:reminders.filter.organisation',
  'fr:reminders.compliance.col.organisation',
  'fr:reminders.lanes.col.organisation',
  'fr:audit.col.question',
  'fr:audit.filter.question',
  'fr:audit.filter.option',
  'fr:reminders.lanes.nextDueText',
  'es:reminders.lanes.nextDueText',
  'ru:reminders.lanes.nextDueText',
  'es:reminders.timeline.kindLabel',
  'ru:reminders.timeline.kindLabel',
  'ar:reminders.timeline.kindLabel',
  'es:audit.change.changed',
  'ru:audit.change.changed',
  'es:audit.change.set',
  'ru:audit.change.set',
  'ar:audit.change.set',
  'fr:audit.change.replaced',
  'es:audit.change.replaced',
  'ru:audit.change.replaced',
  'zh:audit.change.replaced',
  // Installation, people and questionnaire screens (instance., members., questionnaires.): French
  // cognates "Questionnaire(s)", "Question(s)", "Version", "Action(s)", "Cycle", "Organisation(s)",
  // and "{title} v{version}, {count} questions" / "{title}, version {version}." written as in English.
  'fr:instance.nav.questionnaires',
  'fr:instance.accounts.col.actions',
  'fr:instance.audit.col.action',
  'fr:instance.questionnaires.title',
  'fr:instance.questionnaires.col.questionnaire',
  'fr:instance.questionnaires.col.version',
  'fr:instance.questionnaires.col.questions',
  'fr:instance.import.describe',
  'fr:instance.reviews.col.cycle',
  'fr:members.col.organisation',
  'fr:members.col.actions',
  'fr:members.invite.organisation',
  'fr:members.orgs.title',
  'fr:questionnaires.page.title',
  'fr:questionnaires.lead.version',
  'fr:questionnaires.card.code',
  'fr:questionnaires.field.question',
  // Reviews and country workspaces: French cognates ("Cycle", "Questions", "Question", "Votes",
  // "Organisation(s)", "Actions", "Contact"); deadlines that are only arguments and punctuation
  // ("{date}, {time} ({timeZone})"); the back link "← {title}" (Arabic points the other way) and the
  // heading "{title}: {country}".
  'fr:reviews.col.cycle',
  'fr:reviews.questions',
  'fr:reviews.question.heading',
  'fr:reviews.priority.votes',
  'fr:reviews.deadline.at',
  'es:reviews.deadline.at',
  'ru:reviews.deadline.at',
  'fr:reviews.deadline.day',
  'es:reviews.deadline.day',
  'ru:reviews.deadline.day',
  'ar:reviews.deadline.day',
  'fr:workspaces.col.organisation',
  'fr:workspaces.col.actions',
  'fr:workspaces.organisations.title',
  'fr:workspaces.people.organisation',
  'fr:workspaces.preview.col.contact',
  'fr:workspaces.frame.back',
  'es:workspaces.frame.back',
  'ru:workspaces.frame.back',
  'zh:workspaces.frame.back',
  'es:workspaces.frame.heading',
  'ru:workspaces.frame.heading',
  'ar:workspaces.frame.heading',
  // Account screens, error pages, the shared "Question {code}" heading: French "Invitation",
  // "Organisation", "Question".
  'fr:account.invitation.pageTitle',
  'fr:account.invitation.organisation',
  'fr:ui.questions.generalOne',
  // Audit trail (audit.target.*): French cognates "Contribution", "Organisation", "Question",
  // "Questionnaire".
  'fr:audit.target.contribution',
  'fr:audit.target.organisation',
  'fr:audit.target.question',
  'fr:audit.target.questionnaire',
]);
