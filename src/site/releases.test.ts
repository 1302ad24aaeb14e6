import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures } from '../test/fixture.ts';
import { commitAll, tempRepo } from '../test/git.ts';
import { rawSnapshot } from '../model/changelog.ts';
import { releases } from './releases.ts';

afterAll(cleanFixtures);

describe('releases for the changelog page', () => {
  const repo = tempRepo();
  commitAll(repo, 'first');
  repo.git(['tag', 'v1.0.0']);
  const stage = join(repo.dir, 'content', 'stages', '2.4.mdx');
  writeFileSync(stage, readFileSync(stage, 'utf8').replace(/^name: .*$/m, 'name: Preference Alignment'));
  writeFileSync(join(repo.dir, 'content', 'stages', '2.10.mdx'), readFileSync(join(repo.dir, 'content', 'stages', '2.9.mdx'), 'utf8').replace(/^name: .*$/m, 'name: New Stage'));
  commitAll(repo, 'second');
  repo.git(['tag', 'v1.1.0']);

  it('lists tags newest first, each compared with the one before', () => {
    const r = releases(repo.dir, rawSnapshot(join(repo.dir, 'content')), '1.1.0');
    expect(r.map((x) => x.version)).toEqual(['1.1.0', '1.0.0']);
    const stages = r[0].diff!.find((d) => d.collection === 'stages')!;
    expect(stages.added.map((a) => a.id)).toEqual(['2.10']);
    expect(stages.changed).toContainEqual(expect.objectContaining({ id: '2.4', fields: ['name'] }));
    expect(r[1].diff).toBeUndefined();
    expect(r[1].counts.stages).toBe(32);
  });

  it('adds the content being built when it differs from the last tag', () => {
    const p = join(repo.dir, 'content', 'stages', '1.1.mdx');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/^name: .*$/m, 'name: Sourcing'));
    const r = releases(repo.dir, rawSnapshot(join(repo.dir, 'content')), '1.1.0');
    expect(r[0].version).toBe('1.1.0 (unreleased changes)');
    expect(r[0].tag).toBeUndefined();
    expect(r[0].diff!.find((d) => d.collection === 'stages')!.changed.map((c) => c.id)).toEqual(['1.1']);
  });
});

describe('a project that is not the root of its repository', () => {
  it('has no releases of its own, only the content being built', () => {
    const repo = tempRepo();
    commitAll(repo, 'first');
    repo.git(['tag', 'v1.0.0']);
    const r = releases(join(repo.dir, 'content'), rawSnapshot(join(repo.dir, 'content')), '2.0.0');
    expect(r.map((x) => x.version)).toEqual(['2.0.0']);
  });
});
