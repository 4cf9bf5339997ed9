import { redactSecretParams, redactSecretPath } from './log-redaction';

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

describe('redactSecretParams', () => {
  it('hides token and calendar file parameters', () => {
    expect(redactSecretParams({ token: 'abc', reviewId: 'r1' })).toEqual({
      token: '[redacted]',
      reviewId: 'r1',
    });
    expect(redactSecretParams({ file: 'x.ics' })).toEqual({ file: '[redacted]' });
    expect(redactSecretParams(undefined)).toBeUndefined();
  });
});
