import { Secrets } from './secrets';

const config = { secretKey: 'a-test-secret-key-of-at-least-32-characters' };

describe('Secrets', () => {
  it('derives a stable value per purpose and message', () => {
    const secrets = new Secrets(config);
    expect(secrets.mac('link-token', 'invitation:1')).toBe(
      new Secrets(config).mac('link-token', 'invitation:1'),
    );
    expect(secrets.mac('link-token', 'invitation:1')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('never gives the same value for two purposes, two messages or two installations', () => {
    const secrets = new Secrets(config);
    const other = new Secrets({ secretKey: 'another-installation-secret-key-0123456789' });
    const values = new Set([
      secrets.mac('link-token', 'x'),
      secrets.mac('ballot-voter-key', 'x'),
      secrets.mac('link-token', 'y'),
      other.mac('link-token', 'x'),
    ]);
    expect(values.size).toBe(4);
  });
});
