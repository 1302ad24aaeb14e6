/**
 * The cost of the versioned site: a build serving three releases against the same build serving none, the
 * same build again with the frozen copies cached, and the output each release adds. Runs in a full clone of
 * this repository inside `.bench/` (so Node finds this project's node_modules), with three releases recorded
 * in the clone's content/releases.yaml: 0.1.0 as recorded, a release at d531a39 (issue 3's verified commit,
 * with a lockfile of its own) and the clone's HEAD (today's dependencies, so nothing to install).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatReleaseRecord, readReleaseRecord } from '../../src/site/release-record.ts';
import { outputSize, timedBuild, type BuildCost } from './measure.ts';

export interface VersionsCost {
  without: BuildCost;
  cold: BuildCost;
  cached: BuildCost;
  perRelease: { version: string; bytes: number; pages: number }[];
}

const git = (cwd: string, args: string[]) => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};

export function versionsCost(log: (s: string) => void): VersionsCost {
  const root = resolve('.');
  mkdirSync(join(root, '.bench'), { recursive: true });
  const dir = join(mkdtempSync(join(root, '.bench', 'llmsl-bench-versions-')), 'site');
  try {
    git(root, ['clone', '--quiet', '--shared', root, dir]);
    git(dir, ['checkout', '--quiet', '--detach', git(root, ['rev-parse', 'HEAD'])]);
    const first = readReleaseRecord(join(root, 'content', 'releases.yaml'))[0];
    const releases = [
      first,
      { version: '0.1.5', date: git(root, ['log', '-1', '--format=%cs', 'd531a39']), commit: git(root, ['rev-parse', 'd531a39']) },
      { version: '0.9.0', date: git(dir, ['log', '-1', '--format=%cs', 'HEAD']), commit: git(dir, ['rev-parse', 'HEAD']) },
    ];
    writeFileSync(join(dir, 'content', 'releases.yaml'), formatReleaseRecord(releases));
    const env = { OG_CACHE: '0', BASE_PATH: '/kb/' };
    log('Versions: a build without frozen releases…');
    const without = timedBuild(dir, { ...env, LLMSL_VERSIONS: '0' });
    log(`  ${without.seconds.toFixed(1)} s. With three releases, none cached (installs and builds each)…`);
    const cold = timedBuild(dir, env);
    log(`  ${cold.seconds.toFixed(1)} s. Again, the releases from the cache…`);
    const cached = timedBuild(dir, env);
    log(`  ${cached.seconds.toFixed(1)} s.`);
    const v = join(dir, 'dist', 'v');
    const perRelease = readdirSync(v).sort().map((version) => ({ version, ...outputSize(join(v, version)) }));
    return { without, cold, cached, perRelease };
  } finally {
    rmSync(resolve(dir, '..'), { recursive: true, force: true });
  }
}
