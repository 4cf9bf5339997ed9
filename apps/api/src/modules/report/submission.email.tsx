import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';

export interface SubmissionFacts {
  /** "Voluntary GCM Review — Mongolia 2020". */
  title: string;
  country: string;
  version: number;
  /** What changed, for an amended version. */
  amendmentNote: string | null;
  /** The coordinator's covering note, if any. */
  note: string | null;
  consentText: string;
  fileName: string;
  /** "Attachment 1 - answers-1b.pdf", as attached. */
  attachmentNames: string[];
  office: string;
  contactName: string;
  contactTitle: string;
  contactEmail: string;
}

const page = { backgroundColor: '#ffffff', fontFamily: 'Arial, Helvetica, sans-serif', color: '#1b1f24' };
const muted = { color: '#57606a', fontSize: '12px' };

/**
 * The covering e-mail of the report sent to ESCAP (copy to IOM): a short, formal letter. It stays
 * in English, whatever the coordinator reads: it goes to the UN officers, not to a person of the
 * tool, and the report it covers is in the questionnaire template's language, which the template
 * does not record (the 2020 ESCAP survey is English). So there is no obvious language to choose.
 */
export function SubmissionEmail({ facts }: { facts: SubmissionFacts }) {
  const amended = facts.version > 1;
  return (
    <Html lang="en">
      <Head />
      <Preview>
        {amended
          ? `${facts.title}: amended version ${facts.version} attached`
          : `${facts.title}: the completed survey is attached`}
      </Preview>
      <Body style={page}>
        <Container style={{ maxWidth: '640px', padding: '16px' }}>
          <Text>Dear colleagues,</Text>
          <Text>
            {amended
              ? `Please find attached amended version ${facts.version} of the Voluntary GCM Review of ${facts.country}, which replaces the version sent earlier.`
              : `On behalf of ${facts.office || `the Government of ${facts.country}`}, please find attached the completed Voluntary GCM Review survey of ${facts.country}.`}
          </Text>
          {amended && facts.amendmentNote ? <Text>What changed: {facts.amendmentNote}</Text> : null}
          {facts.note ? <Text>{facts.note}</Text> : null}
          <Text>Consent to publish: {facts.consentText}.</Text>
          <Section>
            <Text style={{ margin: '0' }}>Attached:</Text>
            <Text style={{ margin: '0' }}>• {facts.fileName} (the report)</Text>
            {facts.attachmentNames.map((name) => (
              <Text key={name} style={{ margin: '0' }}>
                • {name}
              </Text>
            ))}
          </Section>
          <Text>Kind regards,</Text>
          <Text>
            {facts.contactName}
            {facts.contactTitle ? `, ${facts.contactTitle}` : ''}
            <br />
            {facts.office}
            {facts.contactEmail ? (
              <>
                <br />
                {facts.contactEmail}
              </>
            ) : null}
          </Text>
          <Hr />
          <Text style={muted}>Compiled and sent with the GCM Review Tracker.</Text>
        </Container>
      </Body>
    </Html>
  );
}
