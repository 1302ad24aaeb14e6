import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures } from '../test/fixture.ts';
import { commitAll, GIT_ENV, tempRepo } from '../test/git.ts';
import { rawSnapshot } from '../model/changelog.ts';
import type { ReleaseRecord } from '../schemas/releases.ts';
import { releases } from './releases.ts';

afterAll(cleanFixtures);

// Two releases on record in a temporary repository; no tags anywhere.
const repo = tempRepo();
commitAll(repo, 'first', { GIT_COMMITTER_DATE: '2026-11-22T04:26:00Z' });
const first = repo.git(['rev-parse', 'HEAD']).trim();
const stage = join(repo.dir, 'content', 'stages', '2.4.mdx');
writeFileSync(stage, readFileSync(stage, 'utf8').replace(/^name: .*$/m, 'name: Preference Alignment'));
writeFileSync(join(repo.dir, 'content', 'stages', '2.10.mdx'), readFileSync(join(repo.dir, 'content', 'stages', '2.9.mdx'), 'utf8').replace(/^name: .*$/m, 'name: New Stage'));
commitAll(repo, 'second');
const second = repo.git(['rev-parse', 'HEAD']).trim();
const record: ReleaseRecord[] = [
  { version: '1.0.0', date: '2026-11-22', commit: first },
  { version: '1.1.0', date: '2026-12-06', commit: second },
];

describe('releases for the changelog page, from the record', () => {
  it('lists the recorded releases newest first, each compared with the one before', () => {
    expect(repo.git(['tag', '--list'])).toBe('');
    const r = releases(repo.dir, record, rawSnapshot(join(repo.dir, 'content')), '1.1.0');
    expect(r.map((x) => x.version)).toEqual(['1.1.0', '1.0.0']);
    expect(r[0].record).toEqual(record[1]);
    const stages = r[0].diff!.find((d) => d.collection === 'stages')!;
    expect(stages.added.map((a) => a.id)).toEqual(['2.10']);
    expect(stages.changed).toContainEqual(expect.objectContaining({ id: '2.4', fields: ['name'] }));
    expect(r[1].diff).toBeUndefined();
    expect(r[1].counts!.stages).toBe(32);
  });

  it('adds the content being built when it differs from the latest release', () => {
    const p = join(repo.dir, 'content', 'stages', '1.1.mdx');
    const before = readFileSync(p, 'utf8');
    writeFileSync(p, before.replace(/^name: .*$/m, 'name: Sourcing'));
    try {
      const r = releases(repo.dir, record, rawSnapshot(join(repo.dir, 'content')), '1.1.0');
      expect(r[0].version).toBe('1.1.0 (unreleased changes)');
      expect(r[0].record).toBeUndefined();
      expect(r[0].diff!.find((d) => d.collection === 'stages')!.changed.map((c) => c.id)).toEqual(['1.1']);
    } finally {
      writeFileSync(p, before);
    }
  });

  it('in a shallow clone, keeps every recorded release and says which cannot be read and why', () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'llmsl-shallow-')), 'clone');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, clone], { env: GIT_ENV, stdio: 'ignore' });
    const r = releases(clone, record, rawSnapshot(join(clone, 'content')), '1.1.0');
    expect(r.map((x) => x.version)).toEqual(['1.1.0', '1.0.0']);
    expect(r[1].unavailable).toBe(`commit ${first.slice(0, 12)} is not in this clone (a shallow clone: \`git fetch --unshallow\` brings the history)`);
    expect(r[1].counts).toBeUndefined();
    expect(r[0].counts!.stages).toBe(33);
    expect(r[0].diff).toBeUndefined();
    expect(r[0].unavailable).toMatch(/^the changes since 1\.0\.0 cannot be computed: commit \w{12} is not in this clone/);
  });
});

describe('a project that is not the root of its repository', () => {
  it('lists the recorded releases as unavailable, and the content being built', () => {
    const r = releases(join(repo.dir, 'content'), record, rawSnapshot(join(repo.dir, 'content')), '2.0.0');
    expect(r.map((x) => x.version)).toEqual(['2.0.0', '1.1.0', '1.0.0']);
    expect(r[2].unavailable).toMatch(/not a git checkout of its own/);
  });
});

describe('a clone that lacks the latest release', () => {
  it('lists the content being built as this build, not as changes it cannot see', () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'llmsl-shallow-')), 'clone');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, clone], { env: GIT_ENV, stdio: 'ignore' });
    const r = releases(clone, [record[0]], rawSnapshot(join(clone, 'content')), '1.0.0');
    expect(r.map((x) => x.version)).toEqual(['1.0.0 (this build)', '1.0.0']);
    expect(r[0].unavailable).toMatch(/^the changes since 1\.0\.0 cannot be computed: commit \w{12} is not in this clone/);
  });
});
