import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const FEATURES = path.join(__dirname, '..', 'features');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('the web app by feature', () => {
  it('keeps features from importing each other (shared pieces live in components/ui or lib; app/ composes)', () => {
    const crossings = readdirSync(FEATURES).flatMap((feature) =>
      filesUnder(path.join(FEATURES, feature)).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/from '((?:\.\.\/)+)([^']+)'/g)]
          .map((match) => path.resolve(path.dirname(file), `${match[1]}${match[2]}`))
          .filter((target) => target.startsWith(FEATURES) && !target.startsWith(path.join(FEATURES, feature)))
          .map((target) => `${path.relative(FEATURES, file)} → ${path.relative(FEATURES, target)}`),
      ),
    );
    expect(crossings).toEqual([]);
  });
});
