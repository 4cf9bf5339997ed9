import { libpqConnection, postgresTool } from './backup';

describe('the connection pg_dump and pg_restore get', () => {
  it('takes the password out of the URL into PGPASSWORD, decoded', () => {
    const { url, env } = libpqConnection(
      'postgresql://gcm:p%40ss%2Fword@db.example:5432/gcm?sslmode=require',
    );
    expect(url).toBe('postgresql://gcm@db.example:5432/gcm?sslmode=require');
    expect(env.PGPASSWORD).toBe('p@ss/word');
  });

  it('drops the parameters libpq refuses (Prisma and pool settings) and keeps the others', () => {
    const { url, env } = libpqConnection(
      'postgresql://gcm@db/gcm?schema=public&connection_limit=5&application_name=backup',
    );
    expect(url).toBe('postgresql://gcm@db/gcm?application_name=backup');
    expect(env.PGPASSWORD).toBe(process.env.PGPASSWORD);
  });

  it('uses PG_BIN_DIR when it is set', () => {
    expect(postgresTool('pg_dump', { PG_BIN_DIR: '/opt/pg18/bin' })).toBe('/opt/pg18/bin/pg_dump');
  });
});
