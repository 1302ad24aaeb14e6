/**
 * The committed lockfile is complete, so `npm ci` (what CI runs) accepts it and a newcomer's `npm install`
 * leaves it unchanged. npm refuses a lockfile in which a locked package's optional dependency has no entry,
 * even one for another platform; a lockfile written while the registry lacked such builds (as it once lacked
 * the non-Linux `@astrojs/compiler-binding-*`, stack-notes §0) fails here instead of in CI's install.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Locked { version?: string; optionalDependencies?: Record<string, string>; dependencies?: Record<string, string>; devDependencies?: Record<string, string> }
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, Locked> };
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string>; dependencies?: Record<string, string> };

/** Where npm would find `name` for the package installed at `from`: its own node_modules, then each enclosing one. */
function resolveFrom(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return undefined;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut < 0 ? '' : dir.slice(0, cut);
  }
}

describe('the lockfile', () => {
  it('records the dependencies package.json declares', () => {
    expect(lock.packages[''].devDependencies).toEqual(manifest.devDependencies);
    expect(lock.packages[''].dependencies ?? {}).toEqual(manifest.dependencies ?? {});
  });

  it('has an entry for every optional dependency of every locked package, whatever its platform', () => {
    const missing = Object.entries(lock.packages).flatMap(([path, p]) =>
      Object.keys(p.optionalDependencies ?? {}).filter((d) => !resolveFrom(path, d)).map((d) => `${path || '(root)'} → ${d}`));
    expect(missing).toEqual([]);
  });

  it('resolves every declared dependency of every locked package', () => {
    const missing = Object.entries(lock.packages).flatMap(([path, p]) =>
      Object.keys({ ...p.dependencies, ...(path === '' ? p.devDependencies : {}) }).filter((d) => !resolveFrom(path, d)).map((d) => `${path || '(root)'} → ${d}`));
    expect(missing).toEqual([]);
  });
});
