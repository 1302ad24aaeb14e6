import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pruneStale, snapshotOutput } from './output-reuse.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A previous build's output: files written an hour ago. */
function previousOutput(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'llmsl-reuse-'));
  dirs.push(dir);
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), 'previous');
    utimesSync(join(dir, f), hourAgo, hourAgo);
  }
  return dir;
}

describe('building over the previous output', () => {
  it('removes what the new build did not write, and the folders that leaves empty', () => {
    const dir = previousOutput(['index.html', 'stages/2-4-alignment/index.html', 'stages/2-99-gone/index.html', 'og/old/a.png', 'og/old/b.png', 'og/kept.png']);
    const before = snapshotOutput(dir);
    expect([...before.keys()].sort()).toEqual(['index.html', 'og/kept.png', 'og/old/a.png', 'og/old/b.png', 'stages/2-4-alignment/index.html', 'stages/2-99-gone/index.html']);
    // The new build rewrites some files and adds one.
    for (const f of ['index.html', 'stages/2-4-alignment/index.html', 'og/kept.png']) writeFileSync(join(dir, f), 'new');
    mkdirSync(join(dir, 'stages', '3-1-new'));
    writeFileSync(join(dir, 'stages', '3-1-new', 'index.html'), 'new');

    expect(pruneStale(`${dir}/`, before)).toEqual(['og/old/a.png', 'og/old/b.png', 'stages/2-99-gone/index.html']);
    expect(existsSync(join(dir, 'og', 'old'))).toBe(false);
    expect(existsSync(join(dir, 'stages', '2-99-gone'))).toBe(false);
    expect(readdirSync(join(dir, 'stages')).sort()).toEqual(['2-4-alignment', '3-1-new']);
    expect(readdirSync(join(dir, 'og'))).toEqual(['kept.png']);
  });

  it('leaves a Git checkout in the output folder alone', () => {
    const dir = previousOutput(['index.html', '.git/HEAD', '.git/objects/ab/cdef']);
    const before = snapshotOutput(dir);
    writeFileSync(join(dir, 'index.html'), 'new');
    expect(pruneStale(dir, before)).toEqual([]);
    expect(existsSync(join(dir, '.git', 'objects', 'ab', 'cdef'))).toBe(true);
  });

  it('starts from nothing when there is no previous output', () => {
    const missing = join(tmpdir(), 'llmsl-reuse-none', 'dist');
    expect(snapshotOutput(missing).size).toBe(0);
    expect(pruneStale(missing, new Map())).toEqual([]);
  });
});
