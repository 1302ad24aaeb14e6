/**
 * The releases behind the changelog and versions pages: every release on record (content/releases.yaml, see
 * src/site/release-record.ts), oldest to newest, plus the content being built when it differs from the
 * latest release. Each is compared with the one before it as written (src/model/changelog.ts rawSnapshot),
 * so releases made under older schemas still compare. A recorded commit this clone does not have (a shallow
 * clone, or a copy without history) is listed with the reason instead of its changes, never dropped.
 * Deterministic for a given commit.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffModels, rawSnapshot, type ModelDiff, type Snapshot } from '../model/changelog.ts';
import type { ReleaseRecord } from '../schemas/releases.ts';

export interface Release {
  version: string;
  /** The recorded release; absent for the content of this build when it is not a release. */
  record?: ReleaseRecord;
  /** Entries per collection; absent when the release's content is not available. */
  counts?: Record<string, number>;
  /** Differences from the previous release; undefined for the first one, or when either side is unavailable. */
  diff?: ModelDiff;
  /** Why this release's content (or the previous one's, so the difference) could not be read here. */
  unavailable?: string;
}

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** Whether `cwd` is the top of a git checkout (a copy inside another checkout has no history of its own). */
function isRepositoryRoot(cwd: string): boolean {
  try {
    return realpathSync(git(cwd, ['rev-parse', '--show-toplevel']).trim()) === realpathSync(cwd);
  } catch {
    return false;
  }
}

/** Whether the clone has the commit (a shallow clone lacks the ones before its tip). */
export function hasCommit(cwd: string, commit: string): boolean {
  try {
    git(cwd, ['cat-file', '-e', `${commit}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The reason a recorded commit cannot be read in `cwd`, or undefined when it can. */
export function missingCommitReason(cwd: string, commit: string, root = isRepositoryRoot(cwd)): string | undefined {
  if (!root) return 'this copy of the project is not a git checkout of its own, so the release’s commit cannot be read';
  if (hasCommit(cwd, commit)) return undefined;
  const shallow = (() => {
    try {
      return git(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
    } catch {
      return false;
    }
  })();
  return `commit ${commit.slice(0, 12)} is not in this clone${shallow ? ' (a shallow clone: `git fetch --unshallow` brings the history)' : ''}`;
}

function snapshotAt(cwd: string, commit: string): Snapshot {
  const dir = mkdtempSync(join(tmpdir(), 'llmsl-release-'));
  try {
    execFileSync('sh', ['-c', `git archive --format=tar "$1" content | tar -x -C "$2"`, 'sh', commit, dir], { cwd, stdio: ['ignore', 'ignore', 'ignore'] });
    return rawSnapshot(join(dir, 'content'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const countsOf = (s: Snapshot) => Object.fromEntries(Object.entries(s).map(([c, xs]) => [c, xs.length]));

/**
 * Releases, newest first. `recorded` is the record (oldest first), `now` the content being built
 * (snapshotAsWritten) and `current` its version (contentVersion).
 */
export function releases(cwd: string, recorded: ReleaseRecord[], now: Snapshot, current: string): Release[] {
  const root = isRepositoryRoot(cwd);
  const versions: { version: string; record?: ReleaseRecord; snap?: Snapshot; unavailable?: string }[] = recorded.map((record) => {
    const unavailable = missingCommitReason(cwd, record.commit, root);
    return { version: record.version, record, unavailable, snap: unavailable ? undefined : snapshotAt(cwd, record.commit) };
  });
  const last = versions.at(-1);
  // The content being built, unless it is the latest release's; when that release cannot be read here, whether
  // it differs cannot be told, so it is listed as this build.
  if (!last) versions.push({ version: current, snap: now });
  else if (!last.snap) versions.push({ version: last.version === current ? `${current} (this build)` : current, snap: now });
  else if (diffModels(last.snap, now).length > 0) versions.push({ version: last.version === current ? `${current} (unreleased changes)` : current, snap: now });
  return versions
    .map((v, i): Release => {
      const prev = versions[i - 1];
      const out: Release = { version: v.version, ...(v.record ? { record: v.record } : {}) };
      if (v.snap) out.counts = countsOf(v.snap);
      if (v.unavailable) out.unavailable = v.unavailable;
      else if (prev && !prev.snap) out.unavailable = `the changes since ${prev.version} cannot be computed: ${prev.unavailable}`;
      else if (prev?.snap && v.snap) out.diff = diffModels(prev.snap, v.snap);
      return out;
    })
    .reverse();
}
