/**
 * `npm run changelog -- <a> <b> [--json]`: what changed in the content from version a to version b.
 * `npm run changelog -- --snapshot <a>`: prints one version as a single JSON snapshot.
 *
 * Each version is, in this order of precedence:
 * - a directory of exported JSON: the `data/` folder of a build (or the build folder holding it), with one
 *   `<collection>.json` per collection, as the site serves them;
 * - a JSON snapshot file: one object whose keys are collection names and whose values are those arrays
 *   (what `--snapshot` prints);
 * - a release on record in content/releases.yaml (`0.1.0`, or `v0.1.0`): the content at its recorded commit,
 *   compared as written (like the changelog page), since an older release was valid under older schemas;
 * - a git ref of the repository in the working directory (tag, branch, commit): its `content/` folder is
 *   read with `git archive`, validated with the current schemas and rules, and exported in memory.
 * Prints Markdown (or the diff as JSON with `--json`) to stdout; exits 1 on any error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changelogMarkdown, diffModels, rawSnapshot, snapshotOf, type Snapshot } from '../src/model/changelog.ts';
import { EXPORT_COLLECTIONS } from '../src/model/export.ts';
import { loadModel } from '../src/model/index.ts';
import { readReleaseRecord, ReleaseRecordError } from '../src/site/release-record.ts';
import { missingCommitReason } from '../src/site/releases.ts';

const USAGE = 'usage: npm run changelog -- <from> <to> [--json]   or   npm run changelog -- --snapshot <version>\n' +
  '  where each version is a release on record (content/releases.yaml), a git ref, a directory of exported JSON (a build\'s data/ folder)\n' +
  '  or a JSON snapshot file';

class UsageError extends Error {}

function git(args: string[]): { ok: boolean; out: string; err: string } {
  const r = spawnSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? r.error?.message ?? '').trim() };
}

function isSnapshot(v: unknown): v is Snapshot {
  return v !== null && typeof v === 'object' && !Array.isArray(v) &&
    Object.values(v).every((xs) => Array.isArray(xs) && xs.every((e) => e && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string'));
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`${file}: expected JSON; ${(e as Error).message}`);
  }
}

function fromDirectory(dir: string): Snapshot {
  const data = existsSync(join(dir, 'data', 'stages.json')) ? join(dir, 'data') : dir;
  const present = EXPORT_COLLECTIONS.filter((c) => existsSync(join(data, `${c}.json`)));
  if (!present.length) throw new UsageError(`${dir}: expected exported collections such as stages.json (a build's data/ folder); found none`);
  const snapshot = Object.fromEntries(present.map((c) => [c, readJson(join(data, `${c}.json`))]));
  if (!isSnapshot(snapshot)) throw new UsageError(`${data}: expected every <collection>.json to be an array of entries with an "id"`);
  return snapshot;
}

/** The content/ folder at a commit, unpacked into a temporary folder that `use` reads; removed afterwards. */
function withContentAt<T>(ref: string, commit: string, use: (content: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'llmsl-changelog-'));
  try {
    const tar = join(dir, 'content.tar');
    const archive = git(['archive', '--format=tar', `--output=${tar}`, commit, 'content']);
    if (!archive.ok) throw new UsageError(`${ref}: could not read content/ (${archive.err})`);
    const untar = spawnSync('tar', ['-xf', tar, '-C', dir], { encoding: 'utf8' });
    if (untar.status !== 0) throw new UsageError(`${ref}: could not unpack content/ (${(untar.stderr || untar.error?.message || '').trim()})`);
    return use(join(dir, 'content'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A release on record, by its version: the content at its commit as written. Undefined when no release has that version. */
function fromRelease(version: string): Snapshot | undefined {
  let recorded;
  try {
    recorded = readReleaseRecord();
  } catch (e) {
    if (e instanceof ReleaseRecordError) throw new UsageError(e.message);
    throw e;
  }
  const release = recorded.find((r) => r.version === version.replace(/^v(?=\d)/, ''));
  if (!release) return undefined;
  const missing = missingCommitReason(process.cwd(), release.commit);
  if (missing) throw new UsageError(`release ${release.version} is recorded at commit ${release.commit} (${release.date}), but ${missing}`);
  return withContentAt(version, release.commit, rawSnapshot);
}

/** A release's version when `source` names one on record (and is not a file or folder), else undefined. */
function recordedVersion(source: string): string | undefined {
  if (existsSync(source)) return undefined;
  try {
    return readReleaseRecord().find((r) => r.version === source.replace(/^v(?=\d)/, ''))?.version;
  } catch (e) {
    if (e instanceof ReleaseRecordError) throw new UsageError(e.message);
    throw e;
  }
}

function fromGitRef(ref: string, asWritten: boolean): Snapshot {
  const commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!commit.ok) throw new UsageError(`"${ref}" is neither a file, a directory, a release in content/releases.yaml nor a git ref of the repository in ${process.cwd()}`);
  return withContentAt(ref, commit.out.trim(), (content) => {
    if (asWritten) return rawSnapshot(content);
    try {
      return snapshotOf(loadModel(content));
    } catch (e) {
      throw new UsageError(`${ref}: the content at this ref does not validate with the current schemas, so it cannot be exported here; ` +
        `compare exported JSON from a build of that version instead.\n${(e as Error).message}`);
    }
  });
}

/**
 * A version as the user named it: a path to exported JSON if one exists, else a release on record, else a
 * git ref. `asWritten`: a git ref is read as written, to compare with a release (read that way).
 */
function snapshotFrom(source: string, asWritten = false): Snapshot {
  if (existsSync(source)) {
    if (statSync(source).isDirectory()) return fromDirectory(source);
    const v = readJson(source);
    if (!isSnapshot(v)) throw new UsageError(`${source}: expected a JSON snapshot, an object of collection names to arrays of entries with an "id"`);
    return v;
  }
  return fromRelease(source) ?? fromGitRef(source, asWritten);
}

function main(argv: string[]) {
  const json = argv.includes('--json');
  const snapshot = argv.includes('--snapshot');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--snapshot');
  const args = argv.filter((a) => !a.startsWith('--'));
  if (unknown.length) throw new UsageError(`unknown option ${unknown.join(', ')}\n${USAGE}`);
  if (snapshot) {
    if (args.length !== 1 || json) throw new UsageError(USAGE);
    process.stdout.write(`${JSON.stringify(snapshotFrom(args[0]), null, 2)}\n`);
    return;
  }
  if (args.length !== 2) throw new UsageError(USAGE);
  const [from, to] = args;
  // A release is read as written; a commit compared with one is read the same way, so only real changes show.
  const asWritten = [from, to].some((v) => recordedVersion(v) !== undefined);
  const diff = diffModels(snapshotFrom(from, asWritten), snapshotFrom(to, asWritten));
  process.stdout.write(json ? `${JSON.stringify({ from, to, collections: diff }, null, 2)}\n` : changelogMarkdown(diff, from, to));
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(e.message);
  process.exit(1);
}
