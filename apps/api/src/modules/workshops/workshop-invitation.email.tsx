import { Text } from '@react-email/components';
import { EmailLayout } from '../mail/templates/layout';

export interface WorkshopInvitationFacts {
  reviewTitle: string;
  personName: string;
  workshopTitle: string;
  /** "Monday 19 October 2020, 10:00–13:00 (Asia/Ulaanbaatar)". */
  whenText: string;
  place: string;
  modeText: string;
  agenda: string[];
  url: string;
}

export type WorkshopMailKind = 'invited' | 'changed' | 'withdrawn';

export function workshopSubject(
  kind: WorkshopMailKind,
  facts: Pick<WorkshopInvitationFacts, 'workshopTitle' | 'whenText'>,
): string {
  if (kind === 'invited') return `Invitation: ${facts.workshopTitle}, ${facts.whenText}`;
  if (kind === 'changed') return `Changed: ${facts.workshopTitle}, now ${facts.whenText}`;
  return `No longer expected: ${facts.workshopTitle}, ${facts.whenText}`;
}

/** An invitation to a stakeholder workshop, its change, or its withdrawal, with the calendar event. */
export function WorkshopInvitationEmail({
  kind,
  facts,
}: {
  kind: WorkshopMailKind;
  facts: WorkshopInvitationFacts;
}) {
  const subject = workshopSubject(kind, facts);
  return (
    <EmailLayout
      preview={subject}
      heading={subject}
      reviewTitle={facts.reviewTitle}
      action={{ label: 'See the workshop', url: facts.url }}
    >
      <Text>Dear {facts.personName},</Text>
      {kind === 'withdrawn' ? (
        <Text>
          You are no longer on the list of participants of this workshop. The attached calendar update removes
          it from your calendar.
        </Text>
      ) : (
        <Text>
          {kind === 'invited'
            ? 'You are invited to this stakeholder workshop of the review.'
            : 'The time or place of this workshop has changed.'}{' '}
          It takes place on <strong>{facts.whenText}</strong>, {facts.modeText}
          {facts.place ? `: ${facts.place}` : ''}. The attached calendar event{' '}
          {kind === 'invited' ? 'adds' : 'updates'} it in your calendar.
        </Text>
      )}
      {kind !== 'withdrawn' && facts.agenda.length > 0 ? (
        <>
          <Text style={{ fontWeight: 'bold', marginBottom: 0 }}>Agenda</Text>
          {facts.agenda.map((item) => (
            <Text key={item} style={{ margin: '2px 0 2px 12px' }}>
              – {item}
            </Text>
          ))}
        </>
      ) : null}
    </EmailLayout>
  );
}
