import { createPostgresBackend, runMigrations, setDefaultBackendFactory } from 'bullmq';
import { Client } from 'pg';
import type { AppConfig } from '../../config/config';

export type QueueBackendKind = 'redis' | 'postgres';

export function queueBackendKind(config: Pick<AppConfig, 'redisUrl'>): QueueBackendKind {
  return config.redisUrl ? 'redis' : 'postgres';
}

/** BullMQ connection options for the configured backend. */
export function queueConnection(
  config: Pick<AppConfig, 'redisUrl' | 'databaseUrl'>,
): Record<string, unknown> | string {
  if (config.redisUrl) {
    const url = new URL(config.redisUrl);
    return {
      host: url.hostname,
      port: Number(url.port || 6379),
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
      // BullMQ's workers block on Redis; they must never give up on a command.
      maxRetriesPerRequest: null,
    };
  }
  return { connectionString: config.databaseUrl, max: 5 };
}

/**
 * Chooses BullMQ's backend for the whole process, before any queue or worker exists: Redis when
 * REDIS_URL is set, otherwise BullMQ's PostgreSQL backend in the application's own database
 * (schema `bullmq`, migrated here). The queue is only a trigger; the outbox table is the truth.
 */
export async function prepareQueueBackend(
  config: Pick<AppConfig, 'redisUrl' | 'databaseUrl'>,
): Promise<QueueBackendKind> {
  const kind = queueBackendKind(config);
  if (kind === 'postgres') {
    setDefaultBackendFactory(createPostgresBackend);
    const client = new Client({ connectionString: config.databaseUrl });
    await client.connect();
    try {
      await runMigrations(client);
    } finally {
      await client.end();
    }
  }
  return kind;
}
