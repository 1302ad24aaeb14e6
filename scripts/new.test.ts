import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, fixture } from '../src/test/fixture.ts';
import { runScript } from '../src/test/run-script.ts';

afterAll(cleanFixtures);

describe('npm run new', () => {
  const root = fixture();
  const run = (...args: string[]) => runScript('new.ts', args, { env: { CONTENT_ROOT: root } });

  it('creates the file and says to fill the fields validate lists, printing the pre-filled values to check', () => {
    const r = run('stages', '2.10');
    expect(r.status).toBe(0);
    expect(existsSync(join(root, 'stages', '2.10.mdx'))).toBe(true);
    expect(r.stdout).toMatch(/^Created content\/stages\/2\.10\.mdx\.\nFill the \d+ empty fields: run `npm run validate`/);
    expect(r.stdout).toContain('  layer: L2\n');
    expect(r.stdout).toContain('at least 150 words');
  }, 30_000);

  it('exits 1 with the reason when it refuses', () => {
    const r = run('stages', '2.4');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/stages/2.4.mdx already exists');
    expect(run('stages').stderr).toContain('usage: npm run new -- <collection> <id>');
  }, 30_000);
});
