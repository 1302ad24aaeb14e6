/**
 * The releases on record, `content/releases.yaml` (schema: src/schemas/releases.ts): reading and checking
 * it, comparing versions, and writing a new release. Astro-free, so the config, scripts and tests share it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { releasesFileSchema, type ReleaseRecord } from '../schemas/releases.ts';

export class ReleaseRecordError extends Error {}

/** Where the record lives in a project. */
export const releaseRecordFile = (root: string = process.cwd()) => join(root, 'content', 'releases.yaml');

/**
 * Orders two semantic versions (negative when a < b): numerically by major, minor and patch, and a
 * pre-release ("1.0.0-rc.1") before its release, pre-release parts compared as SemVer 2.0.0 §11 says.
 */
export function compareVersions(a: string, b: string): number {
  const [coreA, preA] = split(a);
  const [coreB, preB] = split(b);
  for (let i = 0; i < 3; i++) if (coreA[i] !== coreB[i]) return coreA[i] - coreB[i];
  if (preA === undefined || preB === undefined) return preA === preB ? 0 : preA === undefined ? 1 : -1;
  const pa = preA.split('.');
  const pb = preB.split('.');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const na = /^\d+$/.test(pa[i]);
    const nb = /^\d+$/.test(pb[i]);
    if (na && nb) return Number(pa[i]) - Number(pb[i]);
    if (na !== nb) return na ? -1 : 1;
    return pa[i] < pb[i] ? -1 : 1;
  }
  return pa.length - pb.length;
}

function split(v: string): [number[], string | undefined] {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(v);
  if (!m) throw new ReleaseRecordError(`expected a semantic version such as "1.0.0"; found "${v}"`);
  return [[Number(m[1]), Number(m[2]), Number(m[3])], m[4]];
}

/** Problems of order in a record that has the right shape: each version above the one before, dates never going back. */
export function releaseRecordIssues(releases: ReleaseRecord[]): string[] {
  const out: string[] = [];
  releases.forEach((r, i) => {
    const prev = releases[i - 1];
    if (!prev) return;
    if (compareVersions(r.version, prev.version) <= 0)
      out.push(`releases[${i}].version: expected a version greater than the one before ("${prev.version}"), oldest first; found "${r.version}"`);
    if (r.date < prev.date) out.push(`releases[${i}].date: expected a date on or after the one before (${prev.date}); found ${r.date}`);
  });
  return out;
}

/** Reads and checks the record; a project without the file has no releases. Throws ReleaseRecordError naming the file and field. */
export function readReleaseRecord(file: string = releaseRecordFile()): ReleaseRecord[] {
  if (!existsSync(file)) return [];
  let raw: unknown;
  try {
    raw = loadYaml(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
  } catch (e) {
    throw new ReleaseRecordError(`${file}: expected valid YAML; ${(e as Error).message}`);
  }
  const r = releasesFileSchema.safeParse(raw, { reportInput: true });
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ✗ ${i.path.join('.').replace(/\.(\d+)/g, '[$1]') || '(file)'}: ${i.message}${'input' in i && i.input !== undefined ? `; found ${JSON.stringify(i.input)}` : ''}`);
    throw new ReleaseRecordError(`${file}: the release record is not valid\n${lines.join('\n')}`);
  }
  const order = releaseRecordIssues(r.data.releases);
  if (order.length) throw new ReleaseRecordError(`${file}: the release record is not valid\n${order.map((l) => `  ✗ ${l}`).join('\n')}`);
  return r.data.releases;
}

const HEADER = [
  '# Releases on record, oldest first (schema: src/schemas/releases.ts). Written by `npm run release -- <version>`;',
  '# the changelog page, `npm run changelog` and the frozen copies at /v/<version>/ read it. Each release is the',
  '# content at its commit, so a clone that lacks a commit (a shallow clone) says so instead of showing it.',
];

/** The record as YAML, the way `npm run release` writes it. */
export function formatReleaseRecord(releases: ReleaseRecord[]): string {
  const body = releases.map((r) => `  - version: "${r.version}"\n    date: ${r.date}\n    commit: ${r.commit}`);
  return `${HEADER.join('\n')}\nreleases:${releases.length ? `\n${body.join('\n')}` : ' []'}\n`;
}

/**
 * Adds a release to the record, refusing a version already recorded or not greater than the latest one.
 * Returns the new record (written to `file`).
 */
export function addRelease(file: string, release: ReleaseRecord): ReleaseRecord[] {
  const releases = readReleaseRecord(file);
  const same = releases.find((r) => r.version === release.version);
  if (same) throw new ReleaseRecordError(`${release.version} is already recorded (commit ${same.commit.slice(0, 12)}, ${same.date}) in ${file}`);
  const latest = releases.at(-1);
  if (latest && compareVersions(release.version, latest.version) <= 0)
    throw new ReleaseRecordError(`expected a version greater than the latest release, ${latest.version}; found ${release.version}`);
  const next = [...releases, release];
  const order = releaseRecordIssues(next);
  if (order.length) throw new ReleaseRecordError(order.join('\n'));
  writeFileSync(file, formatReleaseRecord(next));
  return next;
}
