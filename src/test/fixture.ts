/**
 * Test helper: a throw-away copy of `content/` (or of the example organisation overlay) that a test
 * edits to craft bad input. Each edit names a file relative to the copied folder and either replaces
 * text in it, rewrites it or deletes it; a replacement that matches nothing throws, so a test cannot
 * silently test nothing.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_CONTENT_ROOT } from '../model/overlay-source.ts';

export type Edit =
  | { file: string; replace: string | RegExp; with: string }
  | { file: string; write: string }
  | { file: string; remove: true };

/** The fictional example overlay the tests and the documentation use. */
export const EXAMPLE_ORG_ROOT = resolve('examples/org');

const roots: string[] = [];

function copyWithEdits(source: string, name: string, edits: Edit[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'llmsl-'));
  const root = join(dir, name);
  cpSync(source, root, { recursive: true });
  roots.push(dir);
  for (const e of edits) {
    const path = join(root, e.file);
    if ('remove' in e) rmSync(path, { recursive: true });
    else if ('write' in e) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, e.write);
    } else {
      const text = readFileSync(path, 'utf8');
      const next = text.replace(e.replace, e.with);
      if (next === text) throw new Error(`fixture: "${String(e.replace)}" not found in ${e.file}`);
      writeFileSync(path, next);
    }
  }
  return root;
}

/** A copy of `content/` with the edits applied; returns its root (a folder named `content`). */
export const fixture = (...edits: Edit[]): string => copyWithEdits(DEFAULT_CONTENT_ROOT, 'content', edits);

/** A copy of `examples/org/` with the edits applied; returns its root (a folder named `org`). */
export const orgFixture = (...edits: Edit[]): string => copyWithEdits(EXAMPLE_ORG_ROOT, 'org', edits);

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
