/**
 * The release bundle: a built site packed as a reproducible .tar.gz, a manifest of every file's SHA-256,
 * and the check of an unpacked bundle against that manifest.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTERNAL_ROBOTS_COMMENT, internalRobotsComment } from '../../src/site/security-headers.ts';

export interface ManifestEntry { path: string; sha256: string }
export interface Mismatches { changed: string[]; missing: string[]; extra: string[] }

/** Byte order of the UTF-16 strings: the same on every machine and locale, unlike localeCompare. */
const byPath = (a: ManifestEntry, b: ManifestEntry) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Every regular file under `dir` with its hash, paths relative to `dir` with `/`, sorted. Refuses links and special files. */
export function manifest(dir: string): ManifestEntry[] {
  const out: ManifestEntry[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel))) {
      const path = rel ? `${rel}/${name}` : name;
      const st = lstatSync(join(dir, path));
      if (st.isDirectory()) walk(path);
      else if (st.isFile()) out.push({ path, sha256: sha256(readFileSync(join(dir, path))) });
      else throw new Error(`${join(dir, path)}: expected only files and folders in the bundle; found a link or special file`);
    }
  };
  walk('');
  return out.sort(byPath);
}

/**
 * The organisation whose internal build `dir` holds, read from the robots.txt every internal build writes
 * (src/site/security-headers.ts); undefined for a public build, which has none.
 */
export function internalOrganisation(dir: string): string | undefined {
  const file = join(dir, 'robots.txt');
  return existsSync(file) ? INTERNAL_ROBOTS_COMMENT.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
}

/** The bundle's name: `llm-security-lifecycle-<version>`, with `-internal` before the version for an internal build. */
export const bundleName = (version: string, internal?: string) => `llm-security-lifecycle-${internal ? 'internal-' : ''}${version}`;

/**
 * `sha256sum` format: `<hash>  <path>`, one line per file. `sha256sum -c SHA256SUMS` run inside the folder checks it too.
 * The manifest of an internal build opens with a comment line saying so (sha256sum skips `#` lines).
 */
export const formatSums = (entries: ManifestEntry[], internal?: string) =>
  (internal ? `${internalRobotsComment({ organisation: internal })}\n` : '') + entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');

export function parseSums(text: string): ManifestEntry[] {
  return text.split('\n').map((line, i) => ({ line, i })).filter(({ line }) => line.trim() && !line.startsWith('#')).map(({ line, i }) => {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) throw new Error(`SHA256SUMS line ${i + 1}: expected "<sha256>  <path>"; found "${line}"`);
    return { sha256: m[1], path: m[2] };
  });
}

export function compareManifests(expected: ManifestEntry[], actual: ManifestEntry[]): Mismatches {
  const have = new Map(actual.map((e) => [e.path, e.sha256]));
  const want = new Map(expected.map((e) => [e.path, e.sha256]));
  return {
    changed: expected.filter((e) => have.has(e.path) && have.get(e.path) !== e.sha256).map((e) => e.path),
    missing: expected.filter((e) => !have.has(e.path)).map((e) => e.path),
    extra: actual.filter((e) => !want.has(e.path)).map((e) => e.path),
  };
}

function run(cmd: string, args: string[], input?: Buffer): Buffer {
  const r = spawnSync(cmd, args, { input, maxBuffer: 2 ** 31, env: { ...process.env, LC_ALL: 'C', TZ: 'UTC' } });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.toString().trim()}`);
  return r.stdout;
}

/**
 * `dir` as a gzipped tar whose entries sit under `<name>/`. Reproducible: entries sorted by name, every
 * mtime set to `mtime` (seconds since the epoch), owner and group 0 with no names, normalised permissions,
 * GNU format (no pax headers with access times), and gzip without a name or time stamp.
 */
export function pack(dir: string, name: string, mtime: number): Buffer {
  const tar = run('tar', [
    '--sort=name', `--mtime=@${mtime}`, '--owner=0', '--group=0', '--numeric-owner', '--mode=go-w,a+rX,u+w',
    '--format=gnu', `--transform=s,^\\.,${name},`, '-C', dir, '-cf', '-', '.',
  ]);
  return run('gzip', ['-n', '-9', '-c'], tar);
}
