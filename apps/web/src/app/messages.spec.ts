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
]);
