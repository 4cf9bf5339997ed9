import { LOCALES, type TLocale } from '@gcm/domain';
import { catalogueProblems } from '@gcm/domain/testing';
import type { ReactElement } from 'react';
import { VoteClosedEmail, VoteOpenedEmail } from '../votes/vote-announcement.email';
import { VoteReminderEmail } from '../votes/vote-reminder.email';
import { WorkshopInvitationEmail } from '../workshops/workshop-invitation.email';
import { MAIL_CATALOGUES, type MailText, mailText } from './mail-i18n';
import { renderMail } from './render';
import { AccountLinkEmail } from './templates/account-link.email';
import { accountLinkMessages } from './templates/account-link.messages';
import {
  AcceptedEmail,
  AssignmentCreatedEmail,
  AssignmentRemovedEmail,
  AssignmentsCreatedEmail,
  ChangesRequestedEmail,
  CommentEmail,
  DueDateChangedEmail,
} from './templates/assignment.email';
import { assignmentMessages } from './templates/assignment.messages';
import { DigestEmail } from './templates/digest.email';
import { digestMessages } from './templates/digest.messages';
import { InvitationEmail } from './templates/invitation.email';
import { invitationMessages } from './templates/invitation.messages';
import { ReminderEmail } from './templates/reminder.email';
import { reminderMessages } from './templates/reminder.messages';
import { voteAnnouncementMessages } from './templates/vote-announcement.messages';
import { voteReminderMessages } from './templates/vote-reminder.messages';
import { workshopInvitationMessages } from './templates/workshop-invitation.messages';

/** Messages that read the same as English in a language, on purpose. */
const SAME_AS_ENGLISH = new Set(['fr:mail.question']);

/** Each template's catalogue and the prefix its ids share (the reminders' also holds the frame). */
const PREFIXES = [
  [reminderMessages, 'mail.'],
  [assignmentMessages, 'mail.assignment.'],
  [digestMessages, 'mail.digest.'],
  [invitationMessages, 'mail.invitation.'],
  [accountLinkMessages, 'mail.accountLink.'],
  [voteReminderMessages, 'mail.voteReminder.'],
  [voteAnnouncementMessages, 'mail.voteAnnouncement.'],
  [workshopInvitationMessages, 'mail.workshop.'],
] as const;

const facts = {
  reviewTitle: 'Voluntary GCM Review — Mongolia 2020',
  questionCode: '1a',
  questionPrompt: 'National migration policy.',
  organisationName: 'MLSP',
  role: 'lead' as const,
  dueDateText: '2026-12-18',
  timeZone: 'Asia/Ulaanbaatar',
  url: 'https://gcm.example/assignments/1',
};
const vote = {
  reviewTitle: facts.reviewTitle,
  personName: 'Bat',
  roundTitle: 'Priorities',
  closesText: 'soon',
  momentText: 'soon',
  url: 'https://gcm.example/votes/1',
  onBehalfOf: 'MLSP',
  secret: true,
  early: true,
  ballots: 3,
};
const workshop = {
  reviewTitle: facts.reviewTitle,
  personName: 'Bat',
  workshopTitle: 'Consultation',
  whenText: 'soon',
  place: 'Room 1',
  modeText: 'hybrid',
  agenda: ['Opening'],
  url: 'https://gcm.example/workshops/1',
};

/** Every e-mail the tool sends, as its template renders it in `text`'s language. */
const EMAILS: Record<string, (text: MailText) => ReactElement> = {
  reminder: (text) =>
    ReminderEmail({ facts: { ...facts, kind: 'before', daysUntilDue: 3, stateText: 'x' }, text }),
  assignmentCreated: (text) => AssignmentCreatedEmail({ facts, text }),
  assignmentsCreated: (text) =>
    AssignmentsCreatedEmail({ reviewTitle: facts.reviewTitle, items: [facts, facts], listUrl: 'u', text }),
  dueDateChanged: (text) => DueDateChangedEmail({ facts, previousDueDateText: '2026-12-01', text }),
  changesRequested: (text) => ChangesRequestedEmail({ facts, comment: 'Add figures.', by: 'Bat', text }),
  comment: (text) =>
    CommentEmail({ facts, comment: 'Thanks.', by: 'Bat', byRole: 'coordinator', answering: 'Q?', text }),
  accepted: (text) => AcceptedEmail({ facts, by: 'Bat', text }),
  removed: (text) => AssignmentRemovedEmail({ facts, reassigned: true, listUrl: 'u', text }),
  digest: (text) =>
    DigestEmail({
      facts: {
        reviewTitle: facts.reviewTitle,
        weekText: 'w',
        dueSoon: [],
        overdue: [],
        submitted: [],
        url: 'u',
      },
      text,
    }),
  invitation: (text) =>
    InvitationEmail({
      facts: {
        reviewTitle: facts.reviewTitle,
        personName: 'Bat',
        invitedBy: 'Oyun',
        roleText: text.text('mail.invitation.role.observer'),
        organisationName: 'MLSP',
        url: 'u',
        expiresText: 'soon',
      },
      text,
    }),
  accountLink: (text) =>
    AccountLinkEmail({
      facts: { purpose: 'password_reset', personName: 'Bat', url: 'u', expiresText: 'soon' },
      text,
    }),
  voteReminder: (text) => VoteReminderEmail({ facts: vote, text }),
  voteOpened: (text) => VoteOpenedEmail({ facts: vote, text }),
  voteClosed: (text) => VoteClosedEmail({ facts: vote, text }),
  workshop: (text) => WorkshopInvitationEmail({ kind: 'invited', facts: workshop, text }),
};

describe('the e-mails in six languages', () => {
  it('say in every language what English says: the same keys, the same ICU arguments', () => {
    expect(catalogueProblems(MAIL_CATALOGUES)).toEqual([]);
  });

  it('keep one catalogue per template, each with its own ids, all registered', () => {
    expect(new Set(MAIL_CATALOGUES)).toEqual(new Set(PREFIXES.map(([part]) => part)));
    for (const [part, prefix] of PREFIXES) {
      expect(Object.keys(part.en).filter((id) => !id.startsWith(prefix))).toEqual([]);
    }
    // The frame's catalogue holds no other template's ids.
    const others = PREFIXES.slice(1).map(([, prefix]) => prefix);
    expect(Object.keys(reminderMessages.en).filter((id) => others.some((p) => id.startsWith(p)))).toEqual([]);
  });

  it('leave nothing in English', () => {
    const same = MAIL_CATALOGUES.flatMap((part) =>
      LOCALES.filter((locale) => locale !== 'en').flatMap((locale) =>
        Object.entries(part[locale])
          .filter(([id, message]) => message === (part.en as Record<string, string>)[id])
          .map(([id]) => `${locale}:${id}`),
      ),
    );
    expect(same.filter((key) => !SAME_AS_ENGLISH.has(key))).toEqual([]);
  });

  it.each(Object.keys(EMAILS))(
    'render the %s e-mail in each language, the page turned for Arabic',
    async (name) => {
      const render = EMAILS[name] as (text: MailText) => ReactElement;
      const english = await renderMail('', render(mailText('en')));
      for (const locale of LOCALES.filter((l): l is Exclude<TLocale, 'en'> => l !== 'en')) {
        const mail = await renderMail('', render(mailText(locale)));
        expect(mail.html).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
        expect(mail.html).toMatch(new RegExp(`<html[^>]* dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`));
        expect(mail.text).not.toBe(english.text);
        // No English sentence of the frame or the body is left (names and codes are data).
        expect(mail.text).not.toMatch(/\b(the|you|your|is|are|has)\b/);
      }
    },
  );

  it('count in each language’s own plural forms', () => {
    const days = (locale: Parameters<typeof mailText>[0], n: number) =>
      mailText(locale).text('mail.reminder.subject.overdue', { days: n, code: '1a', organisation: 'MLSP' });
    expect(days('en', 1)).toBe('Overdue by 1 day: question 1a (MLSP)');
    expect(days('en', 3)).toBe('Overdue by 3 days: question 1a (MLSP)');
    expect([1, 3, 5, 21].map((n) => days('ru', n).split(':')[0])).toEqual([
      'Просрочено на 1 день',
      'Просрочено на 3 дня',
      'Просрочено на 5 дней',
      'Просрочено на 21 день',
    ]);
    expect(days('ar', 2)).toMatch(/^متأخر يومين:/);
    const ballots = (locale: TLocale, n: number) =>
      mailText(locale).text('mail.voteAnnouncement.closed.ballots', { ballots: n }).split(';')[0];
    expect([0, 1, 2].map((n) => ballots('en', n))).toEqual([
      '0 ballots were cast',
      '1 ballot was cast',
      '2 ballots were cast',
    ]);
    expect([1, 3, 5].map((n) => ballots('ru', n))).toEqual([
      'Подано 1 бюллетень',
      'Подано 3 бюллетеня',
      'Подано 5 бюллетеней',
    ]);
  });
});
