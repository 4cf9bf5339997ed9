import { ConfigError, loadConfig } from './config';

const SECRET_KEY = 'a-test-secret-key-of-at-least-32-characters';

describe('configuration', () => {
  it('applies defaults around a database URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://gcm@db:5432/gcm', SECRET_KEY });
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
    expect(message).toMatch(/SECRET_KEY is required/);
    expect((error as ConfigError).problems).toHaveLength(5);
  });

  it('trusts the loopback proxy by default, and a list of names, addresses and ranges when told', () => {
    const base = { DATABASE_URL: 'postgresql://gcm@db:5432/gcm', SECRET_KEY };
    expect(loadConfig(base).trustProxy).toEqual(['loopback']);
    expect(
      loadConfig({ ...base, TRUST_PROXY: ' loopback, 172.18.0.0/16 ,fd00::/8,10.0.0.5' }).trustProxy,
    ).toEqual(['loopback', '172.18.0.0/16', 'fd00::/8', '10.0.0.5']);
    for (const bad of ['everyone', '10.0.0.0/33', '::1/129', '10.0.0/8', ',', 'loopback,*']) {
      expect(() => loadConfig({ ...base, TRUST_PROXY: bad })).toThrow(
        /TRUST_PROXY must be a comma-separated list/,
      );
    }
  });

  it('refuses a database URL that is not PostgreSQL, without echoing it', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:secret@db/gcm' })).toThrow(
      /DATABASE_URL must be a PostgreSQL URL/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:secret@db/gcm' })).not.toThrow(/secret/);
  });

  it('refuses a short secret key without echoing it', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@y/z', SECRET_KEY: 'hunter2' })).toThrow(
      /SECRET_KEY must be at least 32 characters/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@y/z', SECRET_KEY: 'hunter2' })).not.toThrow(
      /hunter2/,
    );
  });

  it('keeps attachments in PostgreSQL unless STORAGE_BACKEND says files or s3, and names a wrong value', () => {
    const base = { DATABASE_URL: 'postgres://x@y/z', SECRET_KEY };
    expect(loadConfig(base).storageBackend).toBe('postgres');
    expect(loadConfig(base).s3).toBeNull();
    expect(loadConfig({ ...base, STORAGE_BACKEND: 'files' }).storageBackend).toBe('files');
    expect(() => loadConfig({ ...base, STORAGE_BACKEND: 'minio' })).toThrow(
      /STORAGE_BACKEND must be postgres, files or s3 \(got "minio"\)/,
    );
    expect(() => loadConfig({ ...base, STORAGE_BACKEND: 's3' })).toThrow(
      /S3_BUCKET is required with STORAGE_BACKEND=s3/,
    );
    // S3 settings without STORAGE_BACKEND=s3 change nothing.
    expect(loadConfig({ ...base, S3_BUCKET: 'gcm' }).s3).toBeNull();
    const s3 = loadConfig({
      ...base,
      STORAGE_BACKEND: 's3',
      S3_ENDPOINT: 'https://s3.example.gov:9000',
      S3_BUCKET: 'gcm-attachments',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'a secret',
      S3_FORCE_PATH_STYLE: 'true',
      S3_KEY_PREFIX: 'gcm/prod/',
    }).s3;
    expect(s3).toEqual({
      endpoint: 'https://s3.example.gov:9000',
      region: 'us-east-1',
      bucket: 'gcm-attachments',
      credentials: { accessKeyId: 'id', secretAccessKey: 'a secret' },
      forcePathStyle: true,
      keyPrefix: 'gcm/prod/',
    });
    expect(() =>
      loadConfig({ ...base, STORAGE_BACKEND: 's3', S3_BUCKET: 'gcm', S3_SECRET_ACCESS_KEY: 'shown-nowhere' }),
    ).not.toThrow(/shown-nowhere/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x@y/z', PORT: '', SECRET_KEY }).port).toBe(3000);
  });
});
