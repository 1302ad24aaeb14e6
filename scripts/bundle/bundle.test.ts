import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../../src/test/run-script.ts';
import { internalRobotsTxt } from '../../src/site/security-headers.ts';
import { bundleName, compareManifests, formatSums, internalOrganisation, manifest, pack, parseSums, sha256 } from './bundle.ts';

const tmp = mkdtempSync(join(tmpdir(), 'llmsl-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A small stand-in for `dist/`: nested folders, names that sort differently by locale, an empty file. */
function fakeDist(name: string): string {
  const dir = join(tmp, name);
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>Home</title>\n',
    'Zeta.txt': 'upper case sorts first in byte order\n',
    'data/stages.json': '[{"id":"1.1"}]\n',
    'data/schema/stages.schema.json': '{"type":"array"}\n',
    'stages/1-1-data-collection/index.html': '<!doctype html><title>Stage</title>\n',
    '_headers': '',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the manifest', () => {
  const dist = fakeDist('dist');
  it('lists every file with its SHA-256, sorted by path in byte order', () => {
    const m = manifest(dist);
    expect(m.map((e) => e.path)).toEqual(['Zeta.txt', '_headers', 'data/schema/stages.schema.json', 'data/stages.json', 'index.html', 'stages/1-1-data-collection/index.html']);
    for (const e of m) expect(e.sha256).toBe(sha256(readFileSync(join(dist, e.path))));
    expect(m.find((e) => e.path === '_headers')!.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
  it('is written in sha256sum format, which sha256sum -c accepts', () => {
    const sums = formatSums(manifest(dist));
    expect(sums.split('\n')[0]).toMatch(/^[0-9a-f]{64} {2}Zeta\.txt$/);
    expect(parseSums(sums)).toEqual(manifest(dist));
    writeFileSync(join(tmp, 'SHA256SUMS'), sums);
    const check = spawnSync('sha256sum', ['--check', '--quiet', join(tmp, 'SHA256SUMS')], { cwd: dist, encoding: 'utf8' });
    expect(check.status).toBe(0);
  });
});

describe('an internal build', () => {
  const publicDist = fakeDist('public');
  const internalDist = fakeDist('internal');
  writeFileSync(join(internalDist, 'robots.txt'), internalRobotsTxt({ organisation: 'Example Corp (fictional)' }));
  it('is recognised by the robots.txt the build writes, with its organisation; a public build is not', () => {
    expect(internalOrganisation(internalDist)).toBe('Example Corp (fictional)');
    expect(internalOrganisation(publicDist)).toBeUndefined();
  });
  it('names itself internal in the archive name', () => {
    expect(bundleName('1.2.0', internalOrganisation(internalDist))).toBe('llm-security-lifecycle-internal-1.2.0');
    expect(bundleName('1.2.0', internalOrganisation(publicDist))).toBe('llm-security-lifecycle-1.2.0');
  });
  it('names itself internal in the manifest, which sha256sum -c and --verify still read', () => {
    const sums = formatSums(manifest(internalDist), 'Example Corp (fictional)');
    expect(sums.split('\n')[0]).toBe('# Internal build of Example Corp (fictional): not for publication or indexing.');
    expect(formatSums(manifest(publicDist))).not.toContain('#');
    expect(parseSums(sums)).toEqual(manifest(internalDist));
    writeFileSync(join(tmp, 'internal.SHA256SUMS'), sums);
    const check = spawnSync('sha256sum', ['--check', '--strict', join(tmp, 'internal.SHA256SUMS')], { cwd: internalDist, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

describe('the archive', () => {
  it('is byte-identical for two copies of the same input made at different times', () => {
    const a = fakeDist('a');
    const b = fakeDist('b');
    writeFileSync(join(b, 'index.html'), readFileSync(join(a, 'index.html'))); // rewrite: a newer file time
    expect(sha256(pack(a, 'site-1.0.0', 1_700_000_000))).toBe(sha256(pack(b, 'site-1.0.0', 1_700_000_000)));
  });
  it('changes when a file changes', () => {
    const a = fakeDist('c');
    const before = sha256(pack(a, 'site-1.0.0', 0));
    writeFileSync(join(a, 'index.html'), 'changed\n');
    expect(sha256(pack(a, 'site-1.0.0', 0))).not.toBe(before);
  });
  it('unpacks under <name>/ to the same files, owned by 0:0, with the fixed time', () => {
    const dist = fakeDist('d');
    const file = join(tmp, 'd.tar.gz');
    writeFileSync(file, pack(dist, 'site-1.0.0', 1_700_000_000));
    const list = spawnSync('tar', ['--list', '--verbose', '--numeric-owner', '--full-time', '-zf', file], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } }).stdout;
    expect(list).toContain('site-1.0.0/data/stages.json');
    for (const line of list.trim().split('\n')) expect(line).toMatch(/ 0\/0 .* 2023-11-14 22:13:20 site-1\.0\.0\//);
    const out = join(tmp, 'd-unpacked');
    mkdirSync(out);
    spawnSync('tar', ['-xzf', file, '-C', out]);
    expect(manifest(join(out, 'site-1.0.0'))).toEqual(manifest(dist));
  });
});

describe('verification of an unpacked bundle', () => {
  const dist = fakeDist('e');
  const expected = manifest(dist);
  it('finds nothing wrong with an exact copy', () => {
    expect(compareManifests(expected, manifest(dist))).toEqual({ changed: [], missing: [], extra: [] });
  });
  it('detects a changed, a missing and an extra file', () => {
    const copy = fakeDist('f');
    writeFileSync(join(copy, 'data/stages.json'), '[]\n');
    rmSync(join(copy, 'Zeta.txt'));
    writeFileSync(join(copy, 'extra.js'), 'alert(1)\n');
    expect(compareManifests(expected, manifest(copy))).toEqual({ changed: ['data/stages.json'], missing: ['Zeta.txt'], extra: ['extra.js'] });
  });
  it('exits 1 from npm run bundle -- --verify, naming the changed file', () => {
    const copy = fakeDist('g');
    const sums = join(tmp, 'g.SHA256SUMS');
    writeFileSync(sums, formatSums(manifest(copy)));
    expect(runScript('bundle.ts', ['--verify', copy, '--sums', sums]).status).toBe(0);
    writeFileSync(join(copy, 'index.html'), 'tampered\n');
    const r = runScript('bundle.ts', ['--verify', copy, '--sums', sums]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('changed  index.html');
  }, 30_000);
});
