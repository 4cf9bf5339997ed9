import { readFileSync } from 'node:fs';
import https from 'node:https';

/** One answer through the proxy; `status` 0 means the connection itself failed (`error`). */
export interface ProxyResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: a JSON body, read by the test that asked for it
  body: any;
  error?: string;
}

/**
 * HTTPS requests to the test's nginx, trusting only its self-signed certificate, over a pool of
 * keep-alive connections as a browser would use.
 */
export class HttpsClient {
  private readonly agent: https.Agent;

  constructor(
    private readonly port: number,
    certificateFile: string,
    private readonly host = 'localhost',
  ) {
    this.agent = new https.Agent({
      ca: readFileSync(certificateFile),
      keepAlive: true,
      maxSockets: 16,
      servername: host,
    });
  }

  request(
    method: string,
    path: string,
    options: { headers?: Record<string, string>; body?: unknown; timeoutMs?: number } = {},
  ): Promise<ProxyResponse> {
    const payload = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
    const headers: Record<string, string> = { ...options.headers };
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(payload.length);
    }
    return new Promise((resolve) => {
      const req = https.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          headers: { host: `${this.host}:${this.port}`, ...headers },
          agent: this.agent,
          servername: this.host,
          timeout: options.timeoutMs ?? 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown = null;
            if (String(res.headers['content-type'] ?? '').includes('json') && text) {
              try {
                body = JSON.parse(text);
              } catch {
                body = null;
              }
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body });
          });
          res.on('error', (error) =>
            resolve({ status: 0, headers: {}, text: '', body: null, error: error.message }),
          );
        },
      );
      req.on('timeout', () => req.destroy(new Error('no answer within the client timeout')));
      req.on('error', (error) =>
        resolve({ status: 0, headers: {}, text: '', body: null, error: error.message }),
      );
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** One signed-in person's requests through the proxy: their session cookie, and the Origin on writes. */
export class SessionOverProxy {
  constructor(
    private readonly client: HttpsClient,
    private readonly cookie: string,
    private readonly origin: string,
  ) {}

  get(path: string): Promise<ProxyResponse> {
    return this.client.request('GET', path, { headers: { cookie: this.cookie } });
  }

  write(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<ProxyResponse> {
    return this.client.request(method, path, {
      headers: { cookie: this.cookie, origin: this.origin },
      body: body ?? (method === 'DELETE' ? undefined : {}),
    });
  }
}
