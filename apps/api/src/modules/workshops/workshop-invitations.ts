import { formatInstant } from '@gcm/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Clock } from '../../infra/clock/clock';
import type { Tx } from '../../infra/prisma/transactions';
import { meetingEvent } from '../mail/calendar';
import { type MailText, mailText } from '../mail/mail-i18n';
import { renderMail } from '../mail/render';
import { AssignmentMailRepository } from '../outbox/assignment-mail.repository';
import { type NewOutboxRow, OutboxRepository } from '../outbox/outbox.repository';
import type { Enqueue } from '../outbox/outbox-planner.service';
import { WorkshopInvitationEmail, type WorkshopMailKind, workshopSubject } from './workshop-invitation.email';
import type { WorkshopRow } from './workshops.repository';

const MODES = ['in_person', 'online', 'hybrid'] as const;
type Invitee = { personId: string; email: string; name: string };

function invitees(row: WorkshopRow | null): Map<string, Invitee> {
  const people = new Map<string, Invitee>();
  for (const participant of row?.participants ?? []) {
    if (participant.invited && participant.person) {
      people.set(participant.person.id, {
        personId: participant.person.id,
        email: participant.person.email,
        name: participant.person.name,
      });
    }
  }
  return people;
}

function sameMeeting(a: WorkshopRow, b: WorkshopRow): boolean {
  return (
    a.startsAt.getTime() === b.startsAt.getTime() &&
    (a.endsAt?.getTime() ?? null) === (b.endsAt?.getTime() ?? null) &&
    a.place === b.place &&
    a.mode === b.mode &&
    a.title === b.title
  );
}

/**
 * Workshop e-mails with a calendar event (UID per workshop, SEQUENCE its version): an invitation
 * to each person newly on the list of invited participants, an update to everyone invited when the
 * time, place, mode or title changes, and a cancelling update to whoever is taken off the list.
 * Only for workshops still to come: recording a past workshop's attendance e-mails nobody.
 */
@Injectable()
export class WorkshopInvitations {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly people: AssignmentMailRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async plan(tx: Tx, before: WorkshopRow | null, after: WorkshopRow): Promise<Enqueue> {
    if (after.startsAt <= this.clock.now()) return [];
    const was = invitees(before);
    const now = invitees(after);
    const moved = before !== null && !sameMeeting(before, after);
    const mails: { kind: WorkshopMailKind; person: Invitee }[] = [];
    for (const person of now.values()) {
      if (!was.has(person.personId)) mails.push({ kind: 'invited', person });
      else if (moved) mails.push({ kind: 'changed', person });
    }
    for (const person of was.values()) {
      if (!now.has(person.personId)) mails.push({ kind: 'withdrawn', person });
    }
    const rows: NewOutboxRow[] = [];
    for (const { kind, person } of mails) {
      // Each invitee reads theirs in the language they chose (English when none).
      const locale = await this.people.languageOf([person.email], tx);
      rows.push(await this.row(after, kind, person, mailText(locale)));
    }
    return this.outbox.insert(tx, rows);
  }

  private async row(
    workshop: WorkshopRow,
    kind: WorkshopMailKind,
    person: Invitee,
    text: MailText,
  ): Promise<NewOutboxRow> {
    const timeZone = workshop.review.timeZone;
    const url = `${this.config.publicUrl}/workshops/${workshop.id}`;
    const start = formatInstant(workshop.startsAt, timeZone, 'weekdayDateTimeZone', text.locale);
    // The end as a 24-hour clock time ("13:00"), read the same in every language.
    const end = workshop.endsAt ? formatInstant(workshop.endsAt, timeZone, 'dateTime').split(', ')[1] : null;
    const mode = MODES.find((m) => m === workshop.mode);
    const facts = {
      reviewTitle: workshop.review.title,
      personName: person.name,
      workshopTitle: workshop.title,
      whenText: end ? text.text('mail.workshop.when', { start, end }) : start,
      place: workshop.place,
      modeText: mode ? text.text(`mail.workshop.mode.${mode}`) : workshop.mode,
      agenda: workshop.agenda,
      url,
    };
    const ics = meetingEvent({
      uid: `workshop-${workshop.id}@gcm-review-tracker`,
      sequence: workshop.version,
      start: workshop.startsAt,
      end: workshop.endsAt,
      title: workshop.title,
      description: `${workshop.review.title}\n${workshop.agenda.join('\n')}\n\n${url}`,
      location: workshop.place,
      url,
      cancelled: kind === 'withdrawn',
    });
    // The calendar event's SUMMARY and DESCRIPTION are the workshop's own words (title, agenda).
    const rendered = await renderMail(
      workshopSubject(kind, facts, text),
      WorkshopInvitationEmail({ kind, facts, text }),
    );
    return {
      dedupeKey: `workshop:${workshop.id}:${person.personId}:${kind}:v${workshop.version}`,
      kind: `workshop.${kind}`,
      reviewId: workshop.reviewId,
      notBefore: this.clock.now(),
      toAddresses: [person.email],
      ccAddresses: [],
      ...rendered,
      attachments: [
        {
          filename: 'workshop.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: Buffer.from(ics).toString('base64'),
        },
      ] as never,
    };
  }
}
