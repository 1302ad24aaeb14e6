import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { frontmatterFromCore, proseLoader } from './prose-loader.ts';

const root = mkdtempSync(join(tmpdir(), 'llmsl-prose-'));
const dir = join(root, 'content', 'stages');
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The part of Astro's loader context the prose loader uses, recording what it stores. */
function context() {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string; digest?: string; deferredRender?: boolean }>();
  const modules: string[] = [];
  const store = {
    set: (e: { id: string; data: Record<string, unknown>; filePath?: string; digest?: string; deferredRender?: boolean }) => {
      if (entries.get(e.id)?.digest === e.digest) return false;
      entries.set(e.id, e);
      if (e.deferredRender && e.filePath) modules.push(e.filePath);
      return true;
    },
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
    addModuleImport: (f: string) => void modules.push(f),
  };
  const ctx = { store, config: { root: pathToFileURL(`${root}/`) }, generateDigest: (s: string) => `${s.length}:${s}` };
  return { ctx: ctx as unknown as Parameters<ReturnType<typeof proseLoader>['load']>[0], entries, modules };
}

describe('the prose loader', () => {
  it('lists each body of a folder under its file name, to be compiled and rendered by Astro, with no data of its own', async () => {
    writeFileSync(join(dir, '2.4.mdx'), '---\nname: Alignment\n---\n\nBody.\n');
    writeFileSync(join(dir, 'README.md'), '# For authors\n');
    const { ctx, entries, modules } = context();
    await proseLoader(dir).load(ctx);
    expect([...entries.values()]).toEqual([expect.objectContaining({ id: '2.4', data: {}, filePath: 'content/stages/2.4.mdx', deferredRender: true })]);
    expect(modules).toEqual(['content/stages/2.4.mdx']);
  });

  it('adds a new file, drops a removed one and keeps an unchanged one listed when it syncs again', async () => {
    writeFileSync(join(dir, '2.4.mdx'), '---\nname: Alignment\n---\n\nBody.\n');
    const { ctx, entries, modules } = context();
    await proseLoader(dir).load(ctx);
    writeFileSync(join(dir, '2.5.mdx'), '---\nname: Evaluation\n---\n\nBody.\n');
    rmSync(join(dir, '2.4.mdx'));
    writeFileSync(join(dir, '2.6.mdx'), '---\nname: Packaging\n---\n');
    await proseLoader(dir).load(ctx);
    expect([...entries.keys()].sort()).toEqual(['2.5', '2.6']);
    modules.length = 0;
    await proseLoader(dir).load(ctx);
    expect(modules.sort()).toEqual(['content/stages/2.5.mdx', 'content/stages/2.6.mdx']);
  });
});

describe('the MDX compiler’s input', () => {
  const plugin = frontmatterFromCore([join(root, 'content'), undefined]);
  const body = '---\nname: Alignment\nthreats:\n  - key: a\n---\n\nText on line 7 with :cite[x].\n';

  it('keeps the body of a content file, with its frontmatter emptied line for line', () => {
    const out = plugin.transform(body, join(root, 'content', 'stages', '2.4.mdx'));
    expect(out?.code).toBe('---\n\n\n\n---\n\nText on line 7 with :cite[x].\n');
    expect(out?.code.split('\n').length).toBe(body.split('\n').length);
  });

  it('leaves files outside the content and the overlay alone, and files without frontmatter', () => {
    expect(plugin.transform(body, join(root, 'src', 'content', 'docs', 'about.mdx'))).toBeUndefined();
    expect(plugin.transform(body, join(root, 'content', 'stages', '2.4.md'))).toBeUndefined();
    expect(plugin.transform('No frontmatter.\n', join(root, 'content', 'stages', '2.4.mdx'))).toBeUndefined();
  });
});
