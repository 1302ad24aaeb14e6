/**
 * Test helper: a throw-away copy of `content/` that a test edits to craft bad input.
 * Each edit names a file relative to the content root and either replaces text in it, rewrites it
 * or deletes it; a replacement that matches nothing throws, so a test cannot silently test nothing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONTENT_ROOT } from '../model/load';

export type Edit =
  | { file: string; replace: string | RegExp; with: string }
  | { file: string; write: string }
  | { file: string; remove: true };

const roots: string[] = [];

export function fixture(...edits: Edit[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'llmsl-'));
  const root = join(dir, 'content');
  cpSync(DEFAULT_CONTENT_ROOT, root, { recursive: true });
  roots.push(dir);
  for (const e of edits) {
    const path = join(root, e.file);
    if ('remove' in e) rmSync(path);
    else if ('write' in e) writeFileSync(path, e.write);
    else {
      const text = readFileSync(path, 'utf8');
      const next = text.replace(e.replace, e.with);
      if (next === text) throw new Error(`fixture: "${String(e.replace)}" not found in ${e.file}`);
      writeFileSync(path, next);
    }
  }
  return root;
}

/** Removes every fixture made so far (call in afterAll). */
export function cleanFixtures() {
  for (const d of roots.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A fixture with one more stage, 2.10 "Fixture Stage" (a copy of 2.9 under a new name), for tests proving that figures follow the data. */
export function fixtureWithExtraStage(): string {
  const root = fixture();
  const text = readFileSync(join(root, 'stages', '2.9.mdx'), 'utf8').replace(/^name: .*$/m, 'name: Fixture Stage');
  writeFileSync(join(root, 'stages', '2.10.mdx'), text);
  return root;
}
