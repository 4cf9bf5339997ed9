import { redactSecretPath } from './log-redaction';

describe('redactSecretPath', () => {
  it.each([
    ['/api/invitations/abcDEF123_-xyz', '/api/invitations/[redacted]'],
    ['/api/invitations/abcDEF123_-xyz/accept', '/api/invitations/[redacted]/accept'],
    ['/invitations/abcDEF123?x=1', '/invitations/[redacted]?x=1'],
    ['/api/calendar/Zm9vYmFy.ics', '/api/calendar/[redacted]'],
  ])('hides the secret in %s', (url, expected) => {
    expect(redactSecretPath(url)).toBe(expected);
  });

  it('leaves other paths alone', () => {
    expect(redactSecretPath('/api/reviews/3f7c/members')).toBe('/api/reviews/3f7c/members');
    expect(redactSecretPath(undefined)).toBeUndefined();
  });
});
