/**
 * Frozen copies of recorded releases: each release is built once from its own commit, with that commit's own
 * code and dependencies, so a page of /v/<version>/ shows what it showed when the release was cut and does not
 * change when today's code does. The output is cached in `.versions/` (git-ignored), keyed by the commit and
 * the address the copy is built for (base path and site URL), so a build renders a release again only when
 * one of those changed. See the README ("Versioned site") for why a release is not rebuilt with today's code.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ReleaseRecord } from '../schemas/releases.ts';

/** The cache folder, relative to the project root. */
export const VERSIONS_CACHE = '.versions';
/** Set in the environment of a frozen copy's own build, so that it does not build frozen copies in turn. */
export const FROZEN_ENV = 'LLMSL_FROZEN_BUILD';

/** Where a release is served: `<base>v/<version>/`. */
export const frozenBase = (base: string, version: string) => `${base.replace(/\/?$/, '/')}v/${version}/`;

/** The cache entry of a release built for an address: the commit, then a short hash of the base path and site URL. */
export function cacheKey(commit: string, base: string, site: string | undefined): string {
  return `${commit}-${createHash('sha256').update(`${base}\n${site ?? ''}`).digest('hex').slice(0, 10)}`;
}

export class FrozenBuildError extends Error {}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, what: string) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new FrozenBuildError(`${what} failed (exit ${r.status ?? r.error?.message}):\n${tail}`);
  }
}

const removeWorktree = (work: string) => rmSync(work, { recursive: true, force: true });

export interface FrozenBuild {
  /** The built copy, ready to serve at `frozenBase(base, version)`. */
  dir: string;
  /** Whether it came from the cache. */
  cached: boolean;
  /** Seconds spent installing and building (0 when cached). */
  seconds: number;
}

/**
 * The built copy of a release for an address: from the cache, or built from its commit (its files from
 * a local clone; its dependencies the project's own when its package-lock.json is the same, else installed
 * with `npm install`; then its own `npm run build` under the versioned base path).
 */
export function frozenBuild(root: string, release: ReleaseRecord, opts: { base: string; site?: string; log?: (m: string) => void }): FrozenBuild {
  const cache = join(root, VERSIONS_CACHE);
  const dir = join(cache, cacheKey(release.commit, opts.base, opts.site));
  if (existsSync(join(dir, 'index.html'))) return { dir, cached: true, seconds: 0 };
  const started = performance.now();
  const work = join(cache, `work-${release.commit}`);
  removeWorktree(work);
  mkdirSync(cache, { recursive: true });
  try {
    // A local clone (sharing this repository's objects, not changing it) rather than an archive: the release's
    // own build reads its history (when its content last changed, its changelog) as in the clone it was cut from.
    run('git', ['clone', '--quiet', '--shared', '--no-checkout', root, work], root, process.env, `cloning for ${release.version}`);
    run('git', ['checkout', '--quiet', '--detach', release.commit], work, process.env, `checking out ${release.version} (commit ${release.commit.slice(0, 12)})`);
    rmSync(join(work, 'node_modules'), { recursive: true, force: true }); // early commits tracked a node_modules symlink
    const sameLock = existsSync(join(work, 'package-lock.json')) && existsSync(join(root, 'package-lock.json')) &&
      readFileSync(join(work, 'package-lock.json'), 'utf8') === readFileSync(join(root, 'package-lock.json'), 'utf8');
    const { ORG_ROOT: _org, BASE_PATH: _base, SITE_URL: _site, NGINX_CONF_DIR: _nginx, INIT_CWD: _init, ...inherited } = process.env;
    const env: NodeJS.ProcessEnv = { ...inherited, [FROZEN_ENV]: '1', ASTRO_TELEMETRY_DISABLED: '1' };
    // The same dependencies: nothing to install, Node finds the project's node_modules from the copy inside
    // it (.versions/ is in the project). Not a symlink: the copy's build then keeps its own caches
    // (node_modules/.astro, .vite) in its own folder instead of writing into the project's.
    if (!sameLock) {
      opts.log?.(`${release.version}: installing the dependencies of commit ${release.commit.slice(0, 12)} (npm install)`);
      run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], work, env, `npm install for ${release.version}`);
    }
    opts.log?.(`${release.version}: building commit ${release.commit.slice(0, 12)} for ${frozenBase(opts.base, release.version)}`);
    run('npm', ['run', 'build'], work, { ...env, BASE_PATH: frozenBase(opts.base, release.version), ...(opts.site ? { SITE_URL: opts.site } : {}), NGINX_CONF_DIR: join(work, '.nginx') },
      `building ${release.version}`);
    if (!existsSync(join(work, 'dist', 'index.html'))) throw new FrozenBuildError(`building ${release.version}: expected dist/index.html; found none`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(work, 'dist'), dir);
  } finally {
    removeWorktree(work);
  }
  return { dir, cached: false, seconds: (performance.now() - started) / 1000 };
}
