import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('applies defaults around a database URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://gcm@db:5432/gcm' });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      logLevel: 'info',
      publicUrl: 'http://localhost:3000',
    });
  });

  it('names every missing or malformed variable in one message', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', PUBLIC_URL: 'not a url' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/DATABASE_URL is required/);
    expect(message).toMatch(/PORT must be a whole number \(got "eighty"\)/);
    expect(message).toMatch(/LOG_LEVEL/);
    expect(message).toMatch(/PUBLIC_URL must be an absolute URL/);
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('refuses a database URL that is not PostgreSQL, without echoing it', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:secret@db/gcm' })).toThrow(
      /DATABASE_URL must be a PostgreSQL URL/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:secret@db/gcm' })).not.toThrow(/secret/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x@y/z', PORT: '' }).port).toBe(3000);
  });
});
