import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

/**
 * A real S3 API server (s3rver) on a free port with its own directory, for STORAGE_BACKEND=s3
 * tests, reached through a TCP relay of ours so a test can cut connections in the middle of a
 * request (the store going away mid-upload) and count the bytes a download has pulled so far.
 */
export interface TestS3 {
  /** The relay's address: what the API is configured with. */
  endpoint: string;
  bucket: string;
  /** From now on, every connection is cut once `afterBytes` of a request have gone through; null: relay again. */
  cutRequestsAfter(afterBytes: number | null): void;
  /** Bytes relayed from the server to the client since the relay started. */
  bytesDown(): number;
  /** The environment that points the API at it (path-style, s3rver's fixed key pair). */
  env: Record<string, string>;
  /** Stops the server; `start` brings it back on the same port and directory (the bucket kept). */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestS3(bucket = 'gcm-attachments'): Promise<TestS3> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'gcm-s3rver-'));
  let server: S3rver | null = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  let cutAfter: number | null = null;
  let down = 0;
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const upstream = net.connect(port, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    let up = 0;
    const limit = cutAfter;
    client.on('data', (data: Buffer) => {
      up += data.length;
      if (limit !== null && up > limit) {
        client.destroy();
        upstream.destroy();
        return;
      }
      if (!upstream.write(data)) client.pause();
    });
    upstream.on('drain', () => client.resume());
    upstream.on('data', (data: Buffer) => {
      down += data.length;
      if (!client.write(data)) upstream.pause();
    });
    client.on('drain', () => upstream.resume());
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      socket.on('error', end);
      socket.on('close', end);
    }
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(relay.address() as net.AddressInfo).port}`;
  return {
    cutRequestsAfter(afterBytes) {
      cutAfter = afterBytes;
      // Kept-alive connections were made under the old rule: new ones get the new one.
      for (const socket of sockets) socket.destroy();
    },
    bytesDown: () => down,
    endpoint,
    bucket,
    env: {
      STORAGE_BACKEND: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    },
    async stop() {
      await server?.close();
      server = null;
    },
    async start() {
      server = new S3rver({ address: '127.0.0.1', port, silent: true, directory });
      await server.run();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
      await server?.close();
      server = null;
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A client of our own, to look at the bucket past the API. */
export function clientOf(s3: TestS3): S3Client {
  return new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export async function keysIn(client: S3Client, bucket: string): Promise<string[]> {
  const page = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
  return (page.Contents ?? []).map((object) => object.Key ?? '').sort();
}

export async function objectBytes(client: S3Client, bucket: string, key: string): Promise<Buffer | null> {
  try {
    const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return null;
    throw error;
  }
}
