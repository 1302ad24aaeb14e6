import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures } from '../test/fixture.ts';
import { commitAll, tempRepo } from '../test/git.ts';
import { contentLastModified, contentVersion, EPOCH } from './version.ts';

afterAll(cleanFixtures);

describe('contentLastModified', () => {
  it('is the commit time of the last commit touching content/, in UTC, whatever came after', () => {
    const repo = tempRepo();
    commitAll(repo, 'content', { GIT_COMMITTER_DATE: '2025-06-30T14:00:00+02:00' });
    writeFileSync(join(repo.dir, 'README.md'), 'not content\n');
    commitAll(repo, 'readme', { GIT_COMMITTER_DATE: '2025-07-01T09:00:00+00:00' });
    expect(contentLastModified(repo.dir)).toBe('2025-06-30T12:00:00Z');
  });
  it('does not move when only a release is recorded (content/releases.yaml)', () => {
    const repo = tempRepo();
    commitAll(repo, 'content', { GIT_COMMITTER_DATE: '2025-06-30T12:00:00+00:00' });
    writeFileSync(join(repo.dir, 'content', 'releases.yaml'), 'releases: []\n');
    commitAll(repo, 'record', { GIT_COMMITTER_DATE: '2025-07-01T09:00:00+00:00' });
    expect(contentLastModified(repo.dir)).toBe('2025-06-30T12:00:00Z');
  });
  it('falls back to the fixed epoch outside a git checkout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'llmsl-nogit-'));
    try {
      expect(contentLastModified(dir)).toBe(EPOCH);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('contentVersion', () => {
  it('is the semantic version of the site configuration', () => expect(contentVersion()).toMatch(/^\d+\.\d+\.\d+/));
});
