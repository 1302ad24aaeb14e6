/**
 * `npm run release -- <version> [--no-commit]`: records the content at the current commit (HEAD) as release
 * <version> in content/releases.yaml, dated with the commit's day in UTC, and commits the record.
 *
 * Refuses, with the reason: a working tree with uncommitted or untracked changes (the release would not be
 * the content you see), a version that is not a semantic version, one already recorded or not greater than
 * the latest release, and a version that differs from `contentVersion` in content/site.yaml (the version
 * the pages, citations and exports of that commit name). Exits 1 on any refusal.
 */
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { semver } from '../src/schemas/releases.ts';
import { ConfigError, siteConfig } from '../src/site/config.ts';
import { addRelease, readReleaseRecord, releaseRecordFile, ReleaseRecordError } from '../src/site/release-record.ts';

const USAGE = 'usage: npm run release -- <version> [--no-commit]   (e.g. npm run release -- 0.3.0)';

function git(args: string[]): string {
  const r = spawnSync('git', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new ReleaseRecordError(`git ${args.join(' ')} failed: ${(r.stderr || r.error?.message || '').trim()}`);
  return r.stdout;
}

function main(argv: string[]) {
  const noCommit = argv.includes('--no-commit');
  const args = argv.filter((a) => a !== '--no-commit');
  if (args.length !== 1 || args[0].startsWith('-')) throw new ReleaseRecordError(USAGE);
  const version = args[0].replace(/^v(?=\d)/, '');
  if (!semver.safeParse(version).success) throw new ReleaseRecordError(`expected a semantic version such as "0.3.0"; found "${args[0]}"\n${USAGE}`);

  const root = git(['rev-parse', '--show-toplevel']).trim();
  process.chdir(root);
  const file = releaseRecordFile(root);
  const dirty = git(['status', '--porcelain', '--untracked-files=all']).trim();
  if (dirty) throw new ReleaseRecordError(`the working tree has changes that are not committed, so the release would not be the content at HEAD:\n${dirty}\nCommit or stash them first.`);

  const latest = readReleaseRecord(file).at(-1);
  const configured = siteConfig().contentVersion;
  if (configured !== version)
    throw new ReleaseRecordError(`content/site.yaml: expected contentVersion "${version}", the version being cut; found "${configured}". ` +
      `Set it, commit, then run npm run release -- ${version} again.`);

  const commit = git(['rev-parse', 'HEAD']).trim();
  const date = new Date(git(['log', '-1', '--format=%cI', commit]).trim()).toISOString().slice(0, 10);
  addRelease(file, { version, date, commit });
  const rel = relative(root, file);
  if (noCommit) {
    console.log(`Recorded ${version} at ${commit.slice(0, 12)} (${date}) in ${rel}${latest ? `, after ${latest.version}` : ''}. Commit ${rel} to publish it.`);
    return;
  }
  git(['add', '--', rel]);
  git(['commit', '--quiet', '-m', `Release ${version}: the content at ${commit.slice(0, 12)} recorded in ${rel}`, '--', rel]);
  console.log(`Recorded ${version} at ${commit.slice(0, 12)} (${date}) in ${rel}${latest ? `, after ${latest.version}` : ''}, and committed it.`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof ReleaseRecordError || e instanceof ConfigError)) throw e;
  console.error(e.message);
  process.exit(1);
}
