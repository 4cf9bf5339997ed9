import argon2 from 'argon2';

// argon2id with the library's defaults (64 MiB, 3 passes); a fixed hash to compare against when
// the account does not exist, so timing does not reveal which e-mails have accounts.
const DUMMY_HASH =
  '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$2LpOfqjWNWm9xkFzWBvVgf3U6Ugg4WGbGkwrZsNLOaE';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await argon2.verify(hash ?? DUMMY_HASH, password);
    return hash !== null && ok;
  } catch {
    return false;
  }
}
