import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanFixtures } from '../src/test/fixture.ts';
import { commitAll, GIT_ENV, tempRepo, type TempRepo } from '../src/test/git.ts';
import { runScript } from '../src/test/run-script.ts';

// Two tagged versions of the content in a temporary repository: v2 edits stage 2.4's summary, adds a
// reference and renames an incident file.
let repo: TempRepo;
const changelog = (...args: string[]) => runScript('changelog.ts', args, { cwd: repo.dir, env: GIT_ENV });

beforeAll(() => {
  repo = tempRepo();
  commitAll(repo, 'v1');
  repo.git(['tag', 'v1']);
  const stage = join(repo.dir, 'content', 'stages', '2.4.mdx');
  writeFileSync(stage, repo.git(['show', 'HEAD:content/stages/2.4.mdx']).replace(/^summary: .*$/m, 'summary: Preference tuning adjusts the model to ranked human preferences.'));
  writeFileSync(join(repo.dir, 'content', 'references', 'example2026.yaml'), "text: 'Example, A.: A study added in v2 (2026).'\nyear: 2026\n");
  renameSync(join(repo.dir, 'content', 'incidents', 'hf-malicious-models.mdx'), join(repo.dir, 'content', 'incidents', 'hf-malicious-model-files.mdx'));
  commitAll(repo, 'v2');
  repo.git(['tag', 'v2']);
}, 60_000);
afterAll(cleanFixtures);

describe('npm run changelog between two git tags', () => {
  it('prints the added, renamed and changed entries as Markdown', () => {
    const r = changelog('v1', 'v2');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# Changes from v1 to v2');
    expect(r.stdout).toContain('## stages\n\n- Changed `2.4` Alignment: summary\n');
    expect(r.stdout).toContain('## incidents\n\n- Renamed `hf-malicious-models` to `hf-malicious-model-files` Malicious serialised models on Hugging Face\n');
    expect(r.stdout).toContain('## references\n\n- Added `example2026`\n');
    expect(r.stdout.match(/^## /gm)).toHaveLength(3);
  }, 60_000);

  it('prints the same diff as JSON with --json', () => {
    const r = changelog('v2', 'v1', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { from: string; to: string; collections: { collection: string; removed: { id: string }[] }[] };
    expect([out.from, out.to]).toEqual(['v2', 'v1']);
    expect(out.collections.find((c) => c.collection === 'references')!.removed).toEqual([{ id: 'example2026' }]);
  }, 60_000);

  it('reads a JSON snapshot file written with --snapshot in place of a ref', () => {
    const snap = changelog('--snapshot', 'v1');
    expect(snap.status).toBe(0);
    const file = join(repo.dir, 'v1.json');
    writeFileSync(file, snap.stdout);
    expect(changelog(file, 'v2').stdout).toBe(changelog('v1', 'v2').stdout.replace('from v1 to', `from ${file} to`));
  }, 60_000);

  it('reads a directory of exported <collection>.json files in place of a ref', () => {
    const snapshot = JSON.parse(changelog('--snapshot', 'v2').stdout) as Record<string, unknown>;
    const dir = join(repo.dir, 'data');
    mkdirSync(dir);
    for (const [c, entries] of Object.entries(snapshot)) writeFileSync(join(dir, `${c}.json`), JSON.stringify(entries));
    const r = changelog('v2', dir);
    expect(r.stdout).toContain('No differences in the content.');
  }, 60_000);

  it('fails with a message naming an argument that is neither a path nor a ref', () => {
    const r = changelog('v1', 'v9');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('"v9" is neither a file, a directory, a release in content/releases.yaml nor a git ref');
  }, 60_000);
});

describe('npm run changelog between releases on record', () => {
  let recorded: TempRepo;
  const run = (cwd: string, ...args: string[]) => runScript('changelog.ts', args, { cwd, env: GIT_ENV });
  beforeAll(() => {
    // The same two versions, recorded in content/releases.yaml instead of tagged.
    recorded = tempRepo();
    commitAll(recorded, 'v1');
    const v1 = recorded.git(['rev-parse', 'HEAD']).trim();
    const stage = join(recorded.dir, 'content', 'stages', '2.4.mdx');
    writeFileSync(stage, recorded.git(['show', 'HEAD:content/stages/2.4.mdx']).replace(/^name: .*$/m, 'name: Preference Alignment'));
    commitAll(recorded, 'v2');
    const v2 = recorded.git(['rev-parse', 'HEAD']).trim();
    writeFileSync(join(recorded.dir, 'content', 'releases.yaml'),
      `releases:\n  - version: "1.0.0"\n    date: 2026-11-22\n    commit: ${v1}\n  - version: "1.1.0"\n    date: 2026-12-06\n    commit: ${v2}\n`);
    commitAll(recorded, 'record');
  }, 60_000);

  it('names releases by their version, with no tag in the repository', () => {
    expect(recorded.git(['tag', '--list'])).toBe('');
    const r = run(recorded.dir, '1.0.0', '1.1.0');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('# Changes from 1.0.0 to 1.1.0\n\n## stages\n\n- Changed `2.4` Preference Alignment: name\n');
    expect(run(recorded.dir, '1.1.0', 'HEAD').stdout).toContain('No differences in the content.');
  }, 60_000);

  it('in a shallow clone, says which release is missing its commit and how to get it', () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'llmsl-shallow-')), 'clone');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${recorded.dir}`, clone], { env: GIT_ENV, stdio: 'ignore' });
    const r = run(clone, '1.0.0', '1.1.0');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^release 1\.0\.0 is recorded at commit [0-9a-f]{40} \(2026-11-22\), but commit [0-9a-f]{12} is not in this clone \(a shallow clone: `git fetch --unshallow` brings the history\)/);
  }, 60_000);
});
