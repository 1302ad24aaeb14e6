import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanFixtures } from '../src/test/fixture.ts';
import { commitAll, GIT_ENV, tempRepo, type TempRepo } from '../src/test/git.ts';
import { runScript } from '../src/test/run-script.ts';
import { readReleaseRecord } from '../src/site/release-record.ts';

let repo: TempRepo;
const release = (...args: string[]) => runScript('release.ts', args, { cwd: repo.dir, env: GIT_ENV });
const setVersion = (v: string) => {
  const f = join(repo.dir, 'content', 'site.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace(/^contentVersion: .*$/m, `contentVersion: ${v}`));
  commitAll(repo, `version ${v}`, { GIT_COMMITTER_DATE: '2026-12-06T23:30:00-02:00' });
};
const record = () => join(repo.dir, 'content', 'releases.yaml');

beforeAll(() => {
  repo = tempRepo();
  writeFileSync(record(), 'releases: []\n');
  commitAll(repo, 'content');
}, 60_000);
afterAll(cleanFixtures);

describe('npm run release', () => {
  it('records HEAD under the version content/site.yaml names, dated in UTC, and commits the record', () => {
    setVersion('1.0.0');
    const head = repo.git(['rev-parse', 'HEAD']).trim();
    const r = release('1.0.0');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Recorded 1.0.0 at ${head.slice(0, 12)} (2026-12-07) in content/releases.yaml`);
    expect(readReleaseRecord(record())).toEqual([{ version: '1.0.0', date: '2026-12-07', commit: head }]);
    expect(repo.git(['status', '--porcelain'])).toBe('');
    expect(repo.git(['log', '-1', '--format=%s'])).toMatch(/^Release 1\.0\.0/);
  }, 60_000);

  it('refuses a version already recorded, one not greater, and one content/site.yaml does not name', () => {
    expect(release('1.0.0')).toMatchObject({ status: 1, stderr: expect.stringContaining('1.0.0 is already recorded') });
    setVersion('0.9.0');
    expect(release('0.9.0')).toMatchObject({ status: 1, stderr: expect.stringContaining('expected a version greater than the latest release, 1.0.0; found 0.9.0') });
    expect(release('1.1.0')).toMatchObject({ status: 1, stderr: expect.stringContaining('content/site.yaml: expected contentVersion "1.1.0", the version being cut; found "0.9.0"') });
    expect(release('1.1')).toMatchObject({ status: 1, stderr: expect.stringContaining('expected a semantic version such as "0.3.0"; found "1.1"') });
    expect(readReleaseRecord(record())).toHaveLength(1);
  }, 60_000);

  it('refuses a working tree with uncommitted or untracked changes', () => {
    setVersion('1.1.0');
    writeFileSync(join(repo.dir, 'content', 'stray.txt'), 'not committed\n');
    const r = release('1.1.0');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the working tree has changes that are not committed');
    expect(r.stderr).toContain('content/stray.txt');
    expect(readReleaseRecord(record())).toHaveLength(1);
  }, 60_000);
});
