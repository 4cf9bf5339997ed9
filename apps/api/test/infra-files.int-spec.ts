import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, ZEnv } from '../src/config/config';
import { RUNTIME_ENVIRONMENT } from '../src/memory-at-rest';

/**
 * Lints what infra/ ships (decision 0030): the Dockerfile, the compose file and its nginx
 * configuration, the systemd units and the example environments. Where a real tool is on this
 * machine (docker compose, nginx, systemd-analyze) the file goes through it; what no tool checks
 * here is checked by reading the file, and a skipped tool is said in the output.
 */

const INFRA = path.join(REPO_ROOT, 'infra');
const read = (...parts: string[]) => readFileSync(path.join(REPO_ROOT, ...parts), 'utf8');

// js-yaml 3 ships no types; the one call used here is typed by hand.
const yaml = require('js-yaml') as { safeLoad(text: string): unknown };

function hasCommand(command: string, args: string[] = ['--version']): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

// ---- Dockerfile ------------------------------------------------------------------------------

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}
interface Stage {
  name: string;
  base: string;
  instructions: Instruction[];
}

/** Instructions of a Dockerfile: comments dropped, `\` continuations joined, grouped by stage. */
function parseDockerfile(text: string): { args: Map<string, string>; stages: Stage[] } {
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const start = index;
    let logical = lines[index] ?? '';
    if (/^\s*#/.test(logical) || !logical.trim()) continue;
    while (logical.endsWith('\\') && index + 1 < lines.length) {
      index++;
      const next = lines[index] ?? '';
      if (/^\s*#/.test(next)) continue;
      logical = `${logical.slice(0, -1)} ${next.trim()}`;
    }
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(logical);
    if (!match) throw new Error(`Dockerfile line ${start + 1} is not an instruction: ${logical}`);
    const keyword = (match[1] ?? '').toUpperCase();
    const rest = (match[2] ?? '').trim();
    if (keyword === 'ARG' && stages.length === 0) {
      const [name, value = ''] = rest.split('=', 2);
      args.set(name ?? '', value);
      continue;
    }
    if (keyword === 'FROM') {
      const from = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest);
      if (!from) throw new Error(`FROM on line ${start + 1} is malformed: ${rest}`);
      const base = (from[1] ?? '').replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => args.get(a ?? b) ?? '');
      stages.push({ name: from[2] ?? String(stages.length), base, instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`${keyword} on line ${start + 1} comes before any FROM`);
    stage.instructions.push({ keyword, args: rest, line: start + 1 });
  }
  return { args, stages };
}

/** The stage and every stage it is built FROM, nearest first. */
function lineage(stages: Stage[], name: string): Stage[] {
  const chain: Stage[] = [];
  let stage = stages.find((s) => s.name === name);
  while (stage) {
    chain.push(stage);
    const base = stage.base;
    stage = stages.find((s) => s.name === base);
  }
  return chain;
}

/** The last value of an instruction, looking through a stage's lineage (USER, HEALTHCHECK, CMD). */
function effective(stages: Stage[], name: string, keyword: string): Instruction | undefined {
  for (const stage of lineage(stages, name)) {
    const found = stage.instructions.filter((i) => i.keyword === keyword).at(-1);
    if (found) return found;
  }
  return undefined;
}

/** Source paths of a COPY/ADD (JSON or shell form), without its flags and destination. */
function copySources(args: string): { from?: string; sources: string[] } {
  const words = args.startsWith('[') ? (JSON.parse(args) as string[]) : args.split(/\s+/);
  const flags = words.filter((w) => w.startsWith('--'));
  const paths = words.filter((w) => !w.startsWith('--'));
  const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
  return { from, sources: paths.slice(0, -1) };
}

/**
 * A pinned image: a digest, or a tag with a release version (x.y.z; x.y for PostgreSQL, whose
 * releases have two numbers), with an optional variant such as -bookworm-slim. Never latest.
 */
function isPinned(image: string): boolean {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return true;
  const tag = /:([^/:]+)$/.exec(image)?.[1];
  return !!tag && /^v?\d+\.\d+(\.\d+)?(-[\w.-]+)?$/.test(tag);
}

describe('infra/docker/Dockerfile', () => {
  const file = path.join(INFRA, 'docker', 'Dockerfile');
  const { stages } = parseDockerfile(readFileSync(file, 'utf8'));
  const names = stages.map((s) => s.name);

  it('has the two runtime targets, api and worker, and a build stage', () => {
    expect(names).toEqual(expect.arrayContaining(['build', 'api', 'worker']));
  });

  it('pins every base image to a Node.js 24 release (or builds on one of its own stages)', () => {
    const nodeMajor = read('.nvmrc').trim();
    for (const stage of stages) {
      if (names.includes(stage.base)) continue;
      expect({ stage: stage.name, pinned: isPinned(stage.base) }).toEqual({
        stage: stage.name,
        pinned: true,
      });
      expect(stage.base).toMatch(new RegExp(`^node:${nodeMajor}\\.\\d+\\.\\d+-bookworm-slim`));
    }
  });

  it('copies only paths that exist in the repository and are not left out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const stage of stages) {
      for (const instruction of stage.instructions.filter((i) => ['COPY', 'ADD'].includes(i.keyword))) {
        const { from, sources } = copySources(instruction.args);
        expect(sources.length).toBeGreaterThan(0);
        if (from) {
          expect({ line: instruction.line, from, known: names.includes(from) }).toEqual({
            line: instruction.line,
            from,
            known: true,
          });
          continue;
        }
        for (const source of sources) {
          const where = `line ${instruction.line}: ${source}`;
          expect({ where, exists: existsSync(path.join(REPO_ROOT, source)) }).toEqual({
            where,
            exists: true,
          });
          const excluded = ignored.some((pattern) => {
            const bare = pattern.replace(/^\*\*\//, '');
            return source === pattern || source === bare || source.startsWith(`${bare}/`);
          });
          expect({ where, excluded }).toEqual({ where, excluded: false });
        }
      }
    }
  });

  it.each(['api', 'worker'])('runs the %s image as a user other than root', (target) => {
    const user = effective(stages, target, 'USER');
    expect(user?.args).toBeDefined();
    expect(user?.args.split(':')[0]).not.toMatch(/^(root|0)$/);
  });

  it.each([
    ['api', /\/api\/health/],
    ['worker', /apps\/worker\/dist\/healthcheck\.js/],
  ])('gives the %s image a health check that asks the process itself', (target, probe) => {
    const check = effective(stages, target, 'HEALTHCHECK');
    expect(check?.args).toMatch(/CMD/);
    expect(check?.args).toMatch(probe);
    expect(check?.args).not.toMatch(/^NONE/);
  });

  it('health-checks the API on the route the health controller serves', () => {
    const controller = read('apps/api/src/modules/health/health.controller.ts');
    expect(controller).toMatch(/@Controller\('api\/health'\)/);
    expect(existsSync(path.join(REPO_ROOT, 'apps/worker/src/healthcheck.ts'))).toBe(true);
  });

  it.each([
    ['api', 'apps/api/dist/main.js', 'apps/api/src/main.ts'],
    ['worker', 'apps/worker/dist/main.js', 'apps/worker/src/main.ts'],
  ])('starts the %s image on its production entry point', (target, built, source) => {
    const cmd = effective(stages, target, 'CMD');
    expect(JSON.parse(cmd?.args ?? '[]')).toEqual(['node', built]);
    expect(existsSync(path.join(REPO_ROOT, source))).toBe(true);
  });

  it('installs the runtime with npm ci --omit=dev and builds the API with its production tsconfig only', () => {
    const runs = (stageName: string) =>
      stages
        .find((s) => s.name === stageName)
        ?.instructions.filter((i) => i.keyword === 'RUN')
        .map((i) => i.args)
        .join('\n') ?? '';
    const copies = lineage(stages, 'api')
      .flatMap((s) => s.instructions)
      .filter((i) => i.keyword === 'COPY')
      .map((i) => copySources(i.args))
      .filter((c) => c.from);
    // The image's node_modules come from a stage that installs production dependencies only …
    const prodDeps = copies.filter((c) => /npm ci --omit=dev/.test(runs(c.from ?? '')));
    expect(prodDeps.length).toBeGreaterThan(0);
    // … and a stage with every dependency hands over built folders only, never its node_modules.
    for (const copy of copies.filter((c) => /npm ci(?! --omit=dev)/.test(runs(c.from ?? '')))) {
      for (const source of copy.sources) expect(source).toMatch(/\/(dist|prisma)$/);
    }
    // No stage that ends in an image runs migrations, and the API is built without its dev entry points.
    expect(runs('build')).toMatch(/build:production --workspace @gcm\/api/);
    const apiPackage = JSON.parse(read('apps/api/package.json')) as { scripts: Record<string, string> };
    expect(apiPackage.scripts['build:production']).toBe('tsc -p tsconfig.build.json');
    for (const target of ['api', 'worker']) {
      expect(
        lineage(stages, target)
          .flatMap((s) => s.instructions.map((i) => i.args))
          .join('\n'),
      ).not.toMatch(/cli\.js migrate/);
    }
  });

  it('is accepted by a real Dockerfile linter, when one is installed', () => {
    if (!hasCommand('hadolint')) {
      console.info(
        'infra-files: no Dockerfile linter here (hadolint, or the npm package dockerfile-utils); the checks above parse the file themselves',
      );
      return;
    }
    execFileSync('hadolint', ['--failure-threshold', 'error', file], { stdio: 'pipe' });
  });
});

describe('infra/docker/gcm-entrypoint.sh', () => {
  const entrypoint = path.join(INFRA, 'docker', 'gcm-entrypoint.sh');
  const dir = mkdtempSync(path.join(tmpdir(), 'gcm-entrypoint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads NAME_FILE into NAME and removes NAME_FILE', () => {
    writeFileSync(path.join(dir, 'secret_key'), 'a-secret-key-of-more-than-32-characters\n');
    const out = execFileSync(
      'sh',
      [entrypoint, 'sh', '-c', 'printf "%s|%s" "$SECRET_KEY" "$(printenv SECRET_KEY_FILE || echo unset)"'],
      {
        env: { PATH: process.env.PATH, SECRET_KEY_FILE: path.join(dir, 'secret_key') },
      },
    ).toString();
    expect(out).toBe('a-secret-key-of-more-than-32-characters|unset');
  });

  it('refuses both NAME and NAME_FILE, and a file it cannot read', () => {
    const both = spawnSync('sh', [entrypoint, 'true'], {
      env: { PATH: process.env.PATH, SECRET_KEY: 'x', SECRET_KEY_FILE: path.join(dir, 'secret_key') },
    });
    expect(both.status).toBe(2);
    expect(both.stderr.toString()).toMatch(/both SECRET_KEY and SECRET_KEY_FILE/);
    const missing = spawnSync('sh', [entrypoint, 'true'], {
      env: { PATH: process.env.PATH, DATABASE_URL_FILE: path.join(dir, 'nothing-here') },
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr.toString()).toMatch(/cannot be read/);
  });
});

// ---- compose -----------------------------------------------------------------------------------

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; target: string };
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  env_file?: string | string[];
  secrets?: string[];
  volumes?: string[];
  deploy?: { replicas?: number };
  restart?: string;
}
interface Compose {
  services: Record<string, ComposeService>;
  secrets?: Record<string, { file: string }>;
  volumes?: Record<string, unknown>;
}

describe('infra/compose/compose.yaml', () => {
  const dir = path.join(INFRA, 'compose');
  const compose = yaml.safeLoad(readFileSync(path.join(dir, 'compose.yaml'), 'utf8')) as Compose;
  const services = compose.services;
  const appServices = ['api-1', 'api-2', 'worker'];

  it('is valid for docker compose, when the compose plugin is installed', () => {
    const docker = hasCommand('docker', ['compose', 'version'])
      ? ['docker', 'compose']
      : hasCommand('docker-compose', ['version'])
        ? ['docker-compose']
        : null;
    if (!docker) {
      const schema = ['compose-spec/schema/compose-spec.json', '@compose-spec/schema/compose-spec.json'].find(
        (candidate) => {
          try {
            require.resolve(candidate);
            return true;
          } catch {
            return false;
          }
        },
      );
      console.info(
        `infra-files: no \`docker compose\` or \`docker-compose\` here, ${schema ? `compose schema at ${schema} not wired` : 'and no compose-spec JSON schema in node_modules'}; compose.yaml checked by the structural tests only`,
      );
      return;
    }
    // Secrets and .env are the operator's: stand-ins in a copy of the directory.
    const copy = mkdtempSync(path.join(tmpdir(), 'gcm-compose-'));
    try {
      cpSync(dir, copy, { recursive: true });
      cpSync(path.join(dir, '.env.example'), path.join(copy, '.env'));
      cpSync(path.join(dir, 'gcm.env.example'), path.join(copy, 'gcm.env'));
      execFileSync('sh', [path.join(copy, 'make-secrets.sh')], { stdio: 'ignore' });
      const [command = 'docker', ...args] = docker;
      execFileSync(command, [...args, '-f', path.join(copy, 'compose.yaml'), 'config', '--quiet'], {
        cwd: copy,
        stdio: 'pipe',
      });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('runs two API processes, two workers, PostgreSQL, Redis, a mail catcher, a proxy and a migrate one-shot', () => {
    expect(Object.keys(services).sort()).toEqual(
      ['api-1', 'api-2', 'mail', 'migrate', 'postgres', 'proxy', 'redis', 'worker'].sort(),
    );
    expect(services.worker?.deploy?.replicas).toBe(2);
    expect(services['api-1']?.build?.target).toBe('api');
    expect(services.worker?.build?.target).toBe('worker');
  });

  it('pins every image from a registry', () => {
    for (const [name, service] of Object.entries(services)) {
      if (service.build) continue;
      expect({ name, image: service.image, pinned: isPinned(service.image ?? '') }).toEqual({
        name,
        image: service.image,
        pinned: true,
      });
    }
  });

  it('builds from files that exist', () => {
    for (const service of Object.values(services)) {
      if (!service.build) continue;
      const context = path.resolve(dir, service.build.context);
      expect(context).toBe(REPO_ROOT);
      expect(existsSync(path.join(context, service.build.dockerfile))).toBe(true);
    }
  });

  it('migrates once, and every application process waits for that to succeed', () => {
    expect(services.migrate?.command).toEqual(['node', 'packages/db/dist/cli.js', 'migrate']);
    expect(services.migrate?.restart).toBe('no');
    expect(services.migrate?.deploy?.replicas ?? 1).toBe(1);
    for (const name of appServices) {
      expect(services[name]?.depends_on?.migrate?.condition).toBe('service_completed_successfully');
      expect(services[name]?.command).toBeUndefined();
    }
    expect(services.migrate?.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  it('gives secrets as files, made by make-secrets.sh, and keeps them and .env out of git', () => {
    const maker = readFileSync(path.join(dir, 'make-secrets.sh'), 'utf8');
    for (const [name, secret] of Object.entries(compose.secrets ?? {})) {
      expect(secret.file).toBe(`./secrets/${name}`);
      expect(maker).toContain(`secrets/${name}`);
    }
    const ignored = readFileSync(path.join(dir, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['secrets/', '.env', 'gcm.env']));
    expect(services['api-1']?.env_file).toBe('gcm.env');
    const entrypoint = read('infra/docker/gcm-entrypoint.sh');
    for (const name of appServices) {
      const env = services[name]?.environment ?? {};
      expect(Object.keys(env)).not.toContain('SECRET_KEY');
      expect(Object.keys(env)).not.toContain('DATABASE_URL');
      for (const key of Object.keys(env).filter((k) => k.endsWith('_FILE'))) {
        // Every *_FILE variable is one the entry point turns into its variable.
        expect(entrypoint).toMatch(new RegExp(`for name in [^\\n]*\\b${key.replace(/_FILE$/, '')}\\b`));
      }
    }
  });

  it('sets only variables the application knows (compose.yaml, gcm.env.example), and compose its own in .env.example', () => {
    const keysOf = (file: string) =>
      [...readFileSync(path.join(dir, file), 'utf8').matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map(
        (m) => m[1] ?? '',
      );
    const known = new Set([...Object.keys(ZEnv.shape), 'DATABASE_URL_FILE', 'SECRET_KEY_FILE']);
    const appKeys = keysOf('gcm.env.example');
    expect(appKeys).toEqual(expect.arrayContaining(['PUBLIC_URL', 'SMTP_URL', 'MAIL_FROM']));
    for (const key of appKeys) expect({ key, known: known.has(key) }).toEqual({ key, known: true });
    for (const name of appServices) {
      for (const key of Object.keys(services[name]?.environment ?? {})) {
        expect({ key, known: known.has(key) }).toEqual({ key, known: true });
      }
    }
    // .env is read by compose for interpolation only; every ${VAR} in compose.yaml is defined there.
    const composeKeys = keysOf('.env.example');
    expect(composeKeys).toContain('COMPOSE_PROJECT_NAME');
    const text = readFileSync(path.join(dir, 'compose.yaml'), 'utf8');
    const interpolated = [...text.matchAll(/\$\{([A-Z0-9_]+)/g)].map((m) => m[1]);
    for (const key of interpolated) expect(composeKeys).toContain(key);
    for (const key of composeKeys) expect(known.has(key)).toBe(false);
  });

  it('keeps PostgreSQL data in a named volume', () => {
    expect(services.postgres?.volumes).toEqual(['postgres:/var/lib/postgresql']);
    expect(Object.keys(compose.volumes ?? {})).toContain('postgres');
  });

  it('load-balances exactly the API services in its nginx configuration', () => {
    const conf = readFileSync(path.join(dir, 'nginx.conf'), 'utf8');
    const upstreams = [...conf.matchAll(/^\s*server\s+([\w-]+):3000\b/gm)].map((m) => m[1]);
    expect(upstreams).toEqual(['api-1', 'api-2']);
    expect(services.proxy?.volumes).toContain('./nginx.conf:/etc/nginx/conf.d/default.conf:ro');
  });

  it('has an nginx configuration that nginx accepts', () => {
    if (!hasCommand('nginx', ['-v'])) {
      console.info('infra-files: nginx is not installed here; compose nginx.conf not checked with nginx -t');
      return;
    }
    const version = spawnSync('nginx', ['-v']).stderr.toString();
    const [major = 0, minor = 0, patch = 0] = (/nginx\/(\d+)\.(\d+)\.(\d+)/.exec(version) ?? [])
      .slice(1)
      .map(Number);
    // `server … resolve` in an upstream needs nginx 1.27.3 (the compose image is 1.28).
    const knowsResolve = major > 1 || minor > 27 || (minor === 27 && patch >= 3);
    const work = mkdtempSync(path.join(tmpdir(), 'gcm-nginx-'));
    try {
      let site = readFileSync(path.join(dir, 'nginx.conf'), 'utf8')
        // Docker's service names do not resolve outside compose, nor its DNS server.
        .replace(/server\s+api-(\d):3000/g, (_, n) => `server 127.0.0.1:${3000 + Number(n)}`)
        .replace(/\/var\/log\/nginx\//g, `${work}/`);
      if (!knowsResolve) {
        console.info(`infra-files: ${version.trim()} predates upstream "resolve"; checked without it`);
        site = site.replace(/ resolve\b/g, '');
      }
      writeFileSync(path.join(work, 'site.conf'), site);
      writeFileSync(
        path.join(work, 'nginx.conf'),
        `pid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents {}\nhttp {\n  include ${work}/site.conf;\n}\n`,
      );
      const result = spawnSync('nginx', ['-t', '-p', work, '-c', path.join(work, 'nginx.conf')]);
      expect({ status: result.status, output: result.stderr.toString() }).toEqual({
        status: 0,
        output: expect.stringContaining('test is successful'),
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

// ---- systemd -----------------------------------------------------------------------------------

describe('infra/systemd', () => {
  const dir = path.join(INFRA, 'systemd');
  const unit = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  const units = readdirSync(dir).filter((f) => /\.(service|target)$/.test(f));

  it('has the API template, the worker template, the migrate one-shot and a target', () => {
    expect(units.sort()).toEqual([
      'gcm-api@.service',
      'gcm-migrate.service',
      'gcm-worker@.service',
      'gcm.target',
    ]);
  });

  it('passes systemd-analyze verify, when systemd is installed', () => {
    if (!hasCommand('systemd-analyze')) {
      console.info('infra-files: systemd-analyze is not installed here; units checked by reading only');
      return;
    }
    // Instances of the templates, as they would be enabled.
    const result = spawnSync(
      'systemd-analyze',
      [
        'verify',
        '--man=no',
        './gcm-api@3001.service',
        './gcm-worker@1.service',
        './gcm-migrate.service',
        './gcm.target',
      ],
      { cwd: dir },
    );
    const output = `${result.stdout}${result.stderr}`
      .split('\n')
      // ExecStart's /usr/bin/node is the server's, not necessarily this machine's.
      .filter((l) => l.trim() && !/Command \/usr\/bin\/node is not executable/.test(l));
    expect(output).toEqual([]);
  });

  it.each(['gcm-api@.service', 'gcm-worker@.service', 'gcm-migrate.service'])(
    '%s runs unprivileged, hardened, on /etc/gcm/gcm.env',
    (name) => {
      const text = unit(name);
      expect(text).toMatch(/^User=gcm$/m);
      expect(text).toMatch(/^EnvironmentFile=\/etc\/gcm\/gcm\.env$/m);
      for (const option of [
        'NoNewPrivileges=yes',
        'ProtectSystem=strict',
        'ProtectHome=yes',
        'PrivateTmp=yes',
        'CapabilityBoundingSet=',
        'RestrictSUIDSGID=yes',
        'SystemCallFilter=@system-service',
      ]) {
        expect({ name, option, present: text.split('\n').includes(option) }).toEqual({
          name,
          option,
          present: true,
        });
      }
    },
  );

  it('gives each API instance its port, and makes API and workers wait for the one migration', () => {
    expect(unit('gcm-api@.service')).toMatch(/^Environment=.*\bPORT=%i\b/m);
    expect(unit('gcm-api@.service')).toMatch(/^ExecStart=\/usr\/bin\/node apps\/api\/dist\/main\.js$/m);
    expect(unit('gcm-worker@.service')).toMatch(/^ExecStart=\/usr\/bin\/node apps\/worker\/dist\/main\.js$/m);
    for (const name of ['gcm-api@.service', 'gcm-worker@.service']) {
      expect(unit(name)).toMatch(/^Requires=gcm-migrate\.service$/m);
      expect(unit(name)).toMatch(/^After=.*\bgcm-migrate\.service\b/m);
    }
    const migrate = unit('gcm-migrate.service');
    expect(migrate).toMatch(/^Type=oneshot$/m);
    expect(migrate).toMatch(/^ExecStart=\/usr\/bin\/node packages\/db\/dist\/cli\.js migrate$/m);
  });

  it('makes a release directory with the same built folders as the images', () => {
    const script = readFileSync(path.join(dir, 'make-release.sh'), 'utf8');
    expect(spawnSync('sh', ['-n', path.join(dir, 'make-release.sh')]).status).toBe(0);
    const released = /for dir in ([^;]+); do/.exec(script)?.[1]?.trim().split(/\s+/) ?? [];
    const { stages } = parseDockerfile(read('infra/docker/Dockerfile'));
    const fromBuild = stages
      .flatMap((stage) => stage.instructions)
      .filter((i) => i.keyword === 'COPY')
      .map((i) => copySources(i.args))
      .filter((copy) => copy.from === 'build')
      .flatMap((copy) => copy.sources.map((source) => source.replace(/^\/app\//, '')));
    expect(released.sort()).toEqual([...new Set(fromBuild)].sort());
    expect(script).toMatch(/npm ci --omit=dev/);
    expect(script).toMatch(/npm run build:production --workspace @gcm\/api/);
  });

  it('has an example environment with only known variables, and no PORT or HOST to override the units', () => {
    const example = unit('gcm.env.example');
    const keys = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1] ?? '');
    const known = new Set(Object.keys(ZEnv.shape));
    for (const key of keys) expect({ key, known: known.has(key) }).toEqual({ key, known: true });
    expect(keys).toEqual(expect.arrayContaining(['PUBLIC_URL', 'DATABASE_URL', 'SECRET_KEY', 'SMTP_URL']));
    expect(keys).not.toContain('PORT');
    expect(keys).not.toContain('HOST');
  });
});

describe('the runtime environment of the product processes (decision 0033)', () => {
  const settings = Object.entries(RUNTIME_ENVIRONMENT).map(([name, value]) => `${name}=${value}`);
  const starters: Array<[string, string]> = [
    ['npm start (package.json)', JSON.parse(read('package.json')).scripts.start],
    ['apps/api start', JSON.parse(read('apps', 'api', 'package.json')).scripts.start],
    ['apps/worker start', JSON.parse(read('apps', 'worker', 'package.json')).scripts.start],
    ['the API unit', read('infra', 'systemd', 'gcm-api@.service')],
    ['the worker unit', read('infra', 'systemd', 'gcm-worker@.service')],
    ['the images', read('infra', 'docker', 'Dockerfile')],
  ];

  it.each(starters)('%s starts Node with it', (_where, text) => {
    for (const setting of settings) expect(text).toContain(setting);
  });
});
