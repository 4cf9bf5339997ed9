import { Text } from '@react-email/components';
import { type MailText, mailText } from '../mail/mail-i18n';
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
  text: MailText = mailText('en'),
): string {
  return text.text(`mail.workshop.subject.${kind}`, { title: facts.workshopTitle, when: facts.whenText });
}

/**
 * An invitation to a stakeholder workshop, its change, or its withdrawal, with the calendar event,
 * in the invitee's language.
 */
export function WorkshopInvitationEmail({
  kind,
  facts,
  text = mailText('en'),
}: {
  kind: WorkshopMailKind;
  facts: WorkshopInvitationFacts;
  text?: MailText;
}) {
  const subject = workshopSubject(kind, facts, text);
  return (
    <EmailLayout
      preview={subject}
      heading={subject}
      reviewTitle={facts.reviewTitle}
      action={{ label: text.text('mail.workshop.action'), url: facts.url }}
      text={text}
    >
      <Text>{text.text('mail.dear', { name: facts.personName })}</Text>
      {kind === 'withdrawn' ? (
        <Text>{text.text('mail.workshop.withdrawn')}</Text>
      ) : (
        <Text>
          {text.rich(kind === 'invited' ? 'mail.workshop.invited' : 'mail.workshop.changed', {
            when: facts.whenText,
            mode: facts.modeText,
            hasPlace: facts.place ? 'yes' : 'no',
            place: facts.place,
            b: (chunks) => <strong key="when">{chunks}</strong>,
          })}
        </Text>
      )}
      {kind !== 'withdrawn' && facts.agenda.length > 0 ? (
        <>
          <Text style={{ fontWeight: 'bold', marginBottom: 0 }}>{text.text('mail.workshop.agenda')}</Text>
          {facts.agenda.map((item) => (
            <Text key={item} style={{ margin: text.dir === 'rtl' ? '2px 12px 2px 0' : '2px 0 2px 12px' }}>
              – {item}
            </Text>
          ))}
        </>
      ) : null}
    </EmailLayout>
  );
}
