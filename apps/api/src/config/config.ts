import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** The repository root (apps/api/dist or apps/api/src → ../../..). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

const ZPort = z.coerce
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const ZPostgresUrl = z
  .string({ error: 'is required (a PostgreSQL URL such as postgresql://user:password@host:5432/gcm)' })
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value), {
    message: 'must be a PostgreSQL URL such as postgresql://user:password@host:5432/gcm',
  });

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'] as const;

/** One entry of TRUST_PROXY: a name Express knows, an IP address, or an address/prefix length. */
function isTrustedProxyEntry(entry: string): boolean {
  if ((PROXY_NAMES as readonly string[]).includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

const ZTrustProxy = z
  .string()
  .trim()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .refine((entries) => entries.length > 0 && entries.every(isTrustedProxyEntry), {
    message:
      'must be a comma-separated list of loopback, linklocal, uniquelocal, IP addresses or address/prefix ranges (e.g. loopback,10.0.0.0/8)',
  });

/** Every environment variable the API reads, validated once at start. */
export const ZEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    PORT: ZPort.default(3000),
    DATABASE_URL: ZPostgresUrl,
    DATABASE_POOL_SIZE: z.coerce
      .number({ error: 'must be a whole number' })
      .int()
      .min(1)
      .max(200)
      .default(10),
    PUBLIC_URL: z.url({ error: 'must be an absolute URL such as https://gcm.example.gov' }).optional(),
    TRUST_PROXY: ZTrustProxy.default(['loopback']),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WEB_DIST_DIR: z
      .string()
      .trim()
      .min(1)
      .default(path.join(REPO_ROOT, 'apps', 'web', 'dist')),
    STORAGE_BACKEND: z
      .enum(['postgres', 'files', 's3'], { error: 'must be postgres, files or s3' })
      .default('postgres'),
    STORAGE_DIR: z
      .string()
      .trim()
      .min(1)
      .default(path.join(REPO_ROOT, '.data', 'attachments')),
    /** With STORAGE_BACKEND=s3: an S3-compatible endpoint (MinIO, Garage, Ceph…); AWS's own when unset. */
    S3_ENDPOINT: z.url({ error: 'must be an absolute URL such as https://s3.example.gov:9000' }).optional(),
    S3_REGION: z.string().trim().min(1).default('us-east-1'),
    S3_BUCKET: z
      .string()
      .trim()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        'must be a bucket name: 3 to 63 lower-case letters, digits, . or -',
      )
      .optional(),
    S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().trim().min(1).optional(),
    S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .default('false')
      .transform((value) => value === 'true'),
    S3_KEY_PREFIX: z
      .string()
      .trim()
      .regex(
        /^([A-Za-z0-9!_.*'()-]+\/)*$/,
        'must be empty or path segments ending in / (such as gcm/attachments/)',
      )
      .default(''),
    UPLOAD_MAX_BYTES: z.coerce
      .number({ error: 'must be a whole number of bytes' })
      .int()
      .min(1024, 'must be at least 1024')
      .max(1024 * 1024 * 1024, 'must be at most 1 GiB')
      .default(20 * 1024 * 1024),
    REDIS_URL: z
      .string()
      .trim()
      .refine((value) => /^rediss?:\/\/[^\s]+$/.test(value), {
        message: 'must be a Redis URL such as redis://127.0.0.1:6379',
      })
      .optional(),
    SMTP_URL: z
      .string()
      .trim()
      .refine((value) => /^smtps?:\/\/[^\s]+$/.test(value), {
        message: 'must be an SMTP URL such as smtp://user:password@mail.example.gov:587',
      })
      .optional(),
    MAIL_FROM: z.string().trim().min(3).default('GCM Review Tracker <no-reply@gcm-review.localhost>'),
    MAIL_REPLY_TO: z.string().trim().min(3).optional(),
    WORKER_CONCURRENCY: z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(64).default(4),
    WORKER_HEARTBEAT_FILE: z.string().trim().min(1).optional(),
    QUEUE_PREFIX: z
      .string()
      .trim()
      .regex(/^[a-z0-9_-]{1,40}$/, 'must be lower-case letters, digits, - or _')
      .default('gcm'),
    OUTBOX_CLAIM_LEASE_MS: z.coerce
      .number({ error: 'must be a whole number' })
      .int()
      .min(500)
      .max(3_600_000)
      .default(120_000),
    OUTBOX_RECONCILE_MS: z.coerce
      .number({ error: 'must be a whole number' })
      .int()
      .min(200)
      .max(3_600_000)
      .default(60_000),
    DELIVERY_BACKOFF_MS: z.coerce
      .number({ error: 'must be a whole number' })
      .int()
      .min(50)
      .max(600_000)
      .default(5_000),
    INVITATION_TTL_DAYS: z.coerce
      .number({ error: 'must be a whole number' })
      .int()
      .min(1)
      .max(90)
      .default(14),
    SECRET_KEY: z
      .string({
        error: 'is required: at least 32 random characters, e.g. the output of `openssl rand -base64 32`',
      })
      .trim()
      .min(32, 'must be at least 32 characters (e.g. the output of `openssl rand -base64 32`)'),
  })
  .superRefine((env, context) => {
    if (env.STORAGE_BACKEND !== 's3') return;
    if (!env.S3_BUCKET) {
      context.addIssue({
        code: 'custom',
        path: ['S3_BUCKET'],
        message: 'is required with STORAGE_BACKEND=s3',
      });
    }
    if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
      const missing = env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID';
      context.addIssue({
        code: 'custom',
        path: [missing],
        message:
          'is required with the other half of the key pair (or set neither, to use the AWS credential chain)',
      });
    }
  });

/** Where STORAGE_BACKEND=s3 keeps attachment bytes: one object per storage key, under keyPrefix. */
export interface S3StorageConfig {
  /** Null: AWS S3 itself, by region. */
  endpoint: string | null;
  region: string;
  bucket: string;
  /** Null: the AWS SDK's default credential chain (environment, profile, instance role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  /** Path-style URLs (endpoint/bucket/key), which most self-hosted S3 servers want. */
  forcePathStyle: boolean;
  /** Prepended to every storage key ('' or ending in '/'), so one bucket can serve several installations. */
  keyPrefix: string;
}

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string;
  databasePoolSize: number;
  publicUrl: string;
  /**
   * The reverse proxies whose X-Forwarded-For / -Proto / -Host the API believes (Express's
   * `trust proxy`): the loopback by default, a proxy on the same host.
   */
  trustProxy: string[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  webDistDir: string;
  /**
   * Where attachment bytes live: in PostgreSQL (the default; every process sees them, one pg_dump
   * backs them up), as files under storageDir, or as objects in an S3-compatible bucket (decision 0031).
   */
  storageBackend: 'postgres' | 'files' | 's3';
  /** With storageBackend 's3': the bucket and how to reach it; null otherwise. */
  s3: S3StorageConfig | null;
  /** With storageBackend 'files': the directory of the attachment files (a shared volume for several processes). */
  storageDir: string;
  uploadMaxBytes: number;
  invitationTtlDays: number;
  /**
   * The installation's master secret (never stored in the database): the keys of e-mailed link
   * tokens and of secret-ballot voter keys are derived from it (infra/secrets).
   */
  secretKey: string;
  /** Redis for the queues; without it BullMQ runs on its PostgreSQL backend in DATABASE_URL. */
  redisUrl: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  mailReplyTo: string | null;
  workerConcurrency: number;
  /** Where the worker writes its heartbeat (its health signal; apps/worker healthcheck), or none. */
  workerHeartbeatFile: string | null;
  queuePrefix: string;
  /** How long a worker holds an e-mail while sending before another may take it over. */
  outboxClaimLeaseMs: number;
  /** How often the reconciler looks for due e-mails the queue lost. */
  outboxReconcileMs: number;
  /** First retry delay after a failed send; doubles each attempt. */
  deliveryBackoffMs: number;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws a ConfigError naming every missing or malformed variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = ZEnv.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        const got = env[name];
        const shown =
          got === undefined || got === '' || /URL|PASSWORD|SECRET|KEY/.test(name) ? '' : ` (got "${got}")`;
        return `${name} ${issue.message}${shown}`;
      }),
    );
  }
  const value = parsed.data;
  return {
    nodeEnv: value.NODE_ENV,
    host: value.HOST,
    port: value.PORT,
    databaseUrl: value.DATABASE_URL,
    databasePoolSize: value.DATABASE_POOL_SIZE,
    publicUrl: (value.PUBLIC_URL ?? `http://localhost:${value.PORT}`).replace(/\/$/, ''),
    trustProxy: value.TRUST_PROXY,
    logLevel: value.LOG_LEVEL,
    webDistDir: value.WEB_DIST_DIR,
    storageBackend: value.STORAGE_BACKEND,
    storageDir: value.STORAGE_DIR,
    s3:
      value.STORAGE_BACKEND === 's3' && value.S3_BUCKET
        ? {
            endpoint: value.S3_ENDPOINT ?? null,
            region: value.S3_REGION,
            bucket: value.S3_BUCKET,
            credentials:
              value.S3_ACCESS_KEY_ID && value.S3_SECRET_ACCESS_KEY
                ? { accessKeyId: value.S3_ACCESS_KEY_ID, secretAccessKey: value.S3_SECRET_ACCESS_KEY }
                : null,
            forcePathStyle: value.S3_FORCE_PATH_STYLE,
            keyPrefix: value.S3_KEY_PREFIX,
          }
        : null,
    uploadMaxBytes: value.UPLOAD_MAX_BYTES,
    invitationTtlDays: value.INVITATION_TTL_DAYS,
    secretKey: value.SECRET_KEY,
    redisUrl: value.REDIS_URL ?? null,
    smtpUrl: value.SMTP_URL ?? null,
    mailFrom: value.MAIL_FROM,
    mailReplyTo: value.MAIL_REPLY_TO ?? null,
    workerConcurrency: value.WORKER_CONCURRENCY,
    workerHeartbeatFile: value.WORKER_HEARTBEAT_FILE ?? null,
    queuePrefix: value.QUEUE_PREFIX,
    outboxClaimLeaseMs: value.OUTBOX_CLAIM_LEASE_MS,
    outboxReconcileMs: value.OUTBOX_RECONCILE_MS,
    deliveryBackoffMs: value.DELIVERY_BACKOFF_MS,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * The configuration of a command's process (`main`, `worker`, `admin`): what the environment says,
 * or the reason it is not valid printed and the process ended with `exitCode`.
 */
export function configOrExit(exitCode = 1): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(exitCode);
  }
}
