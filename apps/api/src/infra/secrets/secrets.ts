import { createHmac, hkdfSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/**
 * What each derived key is for. A purpose never shares a key with another, so a value computed
 * for one (a ballot's voter key) can never be replayed as another (an e-mailed link token).
 */
export type SecretPurpose = 'link-token' | 'ballot-voter-key';

/**
 * The installation's secrets, derived from SECRET_KEY (configuration, never the database) with
 * HKDF-SHA256, one key per purpose. Whoever reads the whole database and the logs, but not the
 * configuration, can neither compute an e-mailed link nor link a secret ballot to its voter.
 */
@Injectable()
export class Secrets {
  private readonly keys = new Map<SecretPurpose, Buffer>();

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'secretKey'>) {
    for (const purpose of ['link-token', 'ballot-voter-key'] as const) {
      const key = hkdfSync('sha256', config.secretKey, 'gcm-review-tracker', purpose, 32);
      this.keys.set(purpose, Buffer.from(key));
    }
  }

  /** HMAC-SHA256 of `message` under the purpose's key, base64url (43 characters). */
  mac(purpose: SecretPurpose, message: string): string {
    const key = this.keys.get(purpose);
    if (!key) throw new Error(`No key for ${purpose}`);
    return createHmac('sha256', key).update(message).digest('base64url');
  }
}
