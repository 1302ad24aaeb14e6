/**
 * The releases behind the changelog page: every `v*` git tag of the repository, in version order, and
 * the content being built when it differs from the last tag. Each is compared with the one before it as
 * written (src/model/changelog.ts rawSnapshot), so releases made under older schemas still compare.
 * Deterministic for a given commit and set of tags.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffModels, rawSnapshot, type ModelDiff, type Snapshot } from '../model/changelog.ts';

export interface Release {
  version: string;
  /** The git tag, absent for the content of this build when it is not tagged. */
  tag?: string;
  /** Commit date of the tag (YYYY-MM-DD). */
  date?: string;
  /** Entries per collection, for the first release. */
  counts: Record<string, number>;
  /** Differences from the previous release; undefined for the first one. */
  diff?: ModelDiff;
}

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

function snapshotAt(cwd: string, tag: string): Snapshot {
  const dir = mkdtempSync(join(tmpdir(), 'llmsl-release-'));
  try {
    execFileSync('sh', ['-c', `git archive --format=tar "$1" content | tar -x -C "$2"`, 'sh', tag, dir], { cwd, stdio: ['ignore', 'ignore', 'ignore'] });
    return rawSnapshot(join(dir, 'content'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const countsOf = (s: Snapshot) => Object.fromEntries(Object.entries(s).map(([c, xs]) => [c, xs.length]));

/** Releases, newest first. `now` is the content being built (snapshotAsWritten), `current` its version. */
export function releases(cwd: string, now: Snapshot, current: string): Release[] {
  let tags: string[] = [];
  try {
    // Only when the project is the repository itself: a copy inside another checkout has no releases of its own.
    if (realpathSync(git(cwd, ['rev-parse', '--show-toplevel']).trim()) === realpathSync(cwd))
      tags = git(cwd, ['tag', '--list', 'v*', '--sort=version:refname']).split('\n').filter(Boolean);
  } catch {
    // Not a git checkout: only the content being built is known.
  }
  const versions: { version: string; tag?: string; date?: string; snap: Snapshot }[] = tags.map((tag) => ({
    version: tag.replace(/^v/, ''),
    tag,
    date: git(cwd, ['log', '-1', '--format=%cs', tag]).trim(),
    snap: snapshotAt(cwd, tag),
  }));
  const last = versions.at(-1);
  if (!last || diffModels(last.snap, now).length > 0) versions.push({ version: last?.version === current ? `${current} (unreleased changes)` : current, snap: now });
  return versions
    .map((v, i) => ({ version: v.version, tag: v.tag, date: v.date, counts: countsOf(v.snap), diff: i === 0 ? undefined : diffModels(versions[i - 1].snap, v.snap) }))
    .reverse();
}
