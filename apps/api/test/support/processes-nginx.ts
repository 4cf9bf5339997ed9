import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ManagedProcess, REPO_ROOT } from './processes';

const run = promisify(execFile);

/** The nginx site the project ships: the tests run this file, never a copy of it. */
export const SITE_FILE = path.join(REPO_ROOT, 'infra', 'nginx', 'gcm-review-tracker.conf');

/** Debian's nginx (package nginx-light); NGINX_BIN points elsewhere. */
export function nginxBinary(): string {
  const binary = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    throw new Error(
      `nginx is needed to test the shipped site and the scale-out behind it, and ${binary} is not there. ` +
        'Install it (apt-get install nginx-light) or set NGINX_BIN to an nginx binary.',
    );
  }
  return binary;
}

/** What the test puts in place of the site's host name, ports and file paths. */
export interface SiteValues {
  apiPorts: readonly [number, number];
  httpPort: number;
  httpsPort: number;
  serverName: string;
  certificate: string;
  certificateKey: string;
  logDir: string;
}

/**
 * The shipped site with only its deployment-specific values replaced: the upstream ports, the
 * listening ports (bound to the loopback), the host name, the certificate and log paths. Each
 * value must occur exactly as often as expected, so an edit to the site that moves or renames one
 * fails here instead of leaving the test on a different configuration.
 */
export function renderSite(site: string, values: SiteValues): string {
  const replacements: [string, string, number][] = [
    ['server 127.0.0.1:3001 ', `server 127.0.0.1:${values.apiPorts[0]} `, 1],
    ['server 127.0.0.1:3002 ', `server 127.0.0.1:${values.apiPorts[1]} `, 1],
    ['listen 80;', `listen 127.0.0.1:${values.httpPort};`, 1],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${values.httpsPort} ssl http2;`, 1],
    ['server_name gcm.example.gov;', `server_name ${values.serverName};`, 2],
    ['/etc/ssl/gcm/fullchain.pem', values.certificate, 1],
    ['/etc/ssl/gcm/privkey.pem', values.certificateKey, 1],
    ['/var/log/nginx/', `${values.logDir}/`, 3],
  ];
  let rendered = site;
  for (const [from, to, times] of replacements) {
    const found = rendered.split(from).length - 1;
    if (found !== times) {
      throw new Error(
        `infra/nginx/gcm-review-tracker.conf: expected "${from}" ${times} time(s), found ${found}. ` +
          'The tests replace it with their own value; update renderSite() with the site.',
      );
    }
    rendered = rendered.split(from).join(to);
  }
  return rendered;
}

/** A key and a self-signed certificate for `localhost` and 127.0.0.1, made with openssl. */
export async function selfSignedCertificate(dir: string): Promise<{ certificate: string; key: string }> {
  const certificate = path.join(dir, 'certificate.pem');
  const key = path.join(dir, 'key.pem');
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '-keyout',
    key,
    '-out',
    certificate,
  ]);
  return { certificate, key };
}

/** An nginx of the test's own: its prefix, configuration, pid file, logs and certificate. */
export interface NginxInstance {
  dir: string;
  httpPort: number;
  httpsPort: number;
  configFile: string;
  accessLog: string;
  certificate: string;
  /** The nginx that serves the site, a child of the test (daemon off). */
  process: ManagedProcess;
  /** `nginx -t` on this configuration: its exit code and what it printed. */
  check(): Promise<{ code: number; output: string }>;
  start(): Promise<void>;
  accessLogLines(): Promise<string[]>;
  remove(): Promise<void>;
}

/**
 * Prepares an nginx that serves the shipped site (rendered with `values`) from a temporary prefix:
 * a main configuration of the test's own (`daemon off`, its pid file and temp paths, one worker
 * process) that includes the site in its http context, as Debian's nginx.conf includes
 * sites-enabled/.
 */
export async function prepareNginx(
  values: Omit<SiteValues, 'certificate' | 'certificateKey' | 'logDir' | 'serverName'>,
  site?: string,
): Promise<NginxInstance> {
  const binary = nginxBinary();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gcm-nginx-'));
  // nginx's worker process runs as an unprivileged user when the test runs as root.
  await chmod(dir, 0o755);
  const logDir = path.join(dir, 'logs');
  await mkdir(logDir);
  await mkdir(path.join(dir, 'temp'));
  const { certificate, key } = await selfSignedCertificate(dir);
  const rendered = renderSite(site ?? (await readFile(SITE_FILE, 'utf8')), {
    ...values,
    serverName: 'localhost',
    certificate,
    certificateKey: key,
    logDir,
  });
  const siteFile = path.join(dir, 'gcm-review-tracker.conf');
  await writeFile(siteFile, rendered);
  const temp = path.join(dir, 'temp');
  const configFile = path.join(dir, 'nginx.conf');
  const asRoot = process.getuid?.() === 0;
  await writeFile(
    configFile,
    [
      'daemon off;',
      'worker_processes 1;',
      // As root, nginx's workers would run as "nobody": keep them the test's own user.
      asRoot ? 'user root;' : '',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(logDir, 'error.log')} warn;`,
      'events { worker_connections 512; }',
      'http {',
      `  client_body_temp_path ${temp}/body;`,
      `  proxy_temp_path ${temp}/proxy;`,
      `  fastcgi_temp_path ${temp}/fastcgi;`,
      `  uwsgi_temp_path ${temp}/uwsgi;`,
      `  scgi_temp_path ${temp}/scgi;`,
      `  include ${siteFile};`,
      '}',
      '',
    ].join('\n'),
  );
  // -e: the error log before the configuration is read (the default is /var/log/nginx).
  const args = ['-p', `${dir}/`, '-c', configFile, '-e', path.join(logDir, 'startup-error.log')];
  const nginx = new ManagedProcess('nginx', binary, args, process.env);
  const accessLog = path.join(logDir, 'gcm-review-tracker.access.log');
  return {
    dir,
    httpPort: values.httpPort,
    httpsPort: values.httpsPort,
    configFile,
    accessLog,
    certificate,
    process: nginx,
    async check() {
      try {
        const { stdout, stderr } = await run(binary, ['-t', ...args]);
        return { code: 0, output: stdout + stderr };
      } catch (error) {
        const failed = error as { code?: number; stdout?: string; stderr?: string };
        return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
      }
    },
    async start() {
      await nginx.start(() => accepts(values.httpsPort), 20_000);
    },
    async accessLogLines() {
      const text = await readFile(accessLog, 'utf8').catch(() => '');
      return text.split('\n').filter((line) => line.length > 0);
    },
    async remove() {
      await nginx.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Whether something accepts TCP connections on the loopback port. */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
