/**
 * The content loader of the prose collections (`src/content.config.ts`): each `<id>.mdx` of a folder becomes
 * an entry that Astro compiles with `@astrojs/mdx` and renders on demand (`deferredRender`), with empty data.
 *
 * Astro's own `glob` loader parses every file's frontmatter with its YAML parser to store it as the entry's
 * data. Here the frontmatter is the validated data of the core (`src/model/`), which has parsed it already
 * and from which the pages read it: the second parse took about 0.3 s of every build, on frontmatter that
 * holds most of the content (a stage's threats, controls and mappings), and the store then serialised it.
 * The MDX compiler's own copy of the frontmatter is left out too (`frontmatterFromCore` below).
 *
 * Imports nothing but Node: Astro runs `src/content.config.ts` through Vite's module runner before each build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

const MDX = /\.mdx$/;

/** The entries of `dir` (an entry's ID is its file name, `2.4.mdx` → "2.4"); its README.md is for authors. */
export function proseLoader(dir: string): Loader {
  return {
    name: 'llmsl:prose',
    // Also run again by the dev server after a saved edit (src/site/live-content.ts): a new file is added,
    // a removed one dropped, and an unchanged one (same digest) left as it is.
    load: async ({ store, config, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const files = existsSync(dir) ? readdirSync(dir).filter((f) => MDX.test(f)).sort() : [];
      const ids = new Set<string>();
      for (const file of files) {
        const id = file.replace(MDX, '');
        ids.add(id);
        const filePath = relative(root, join(dir, file)).split(sep).join('/');
        // The digest covers where the file is as well as what it holds: the store outlives a dev server, and an
        // entry of the same text in another folder (another CONTENT_ROOT) must point to the file that exists now.
        const digest = generateDigest(`${filePath}\n${readFileSync(join(dir, file), 'utf8')}`);
        const stored = store.set({ id, data: {}, filePath, digest, deferredRender: true });
        // Unchanged since the last sync: the entry stays, and its compiled module must still be listed.
        if (!stored) store.addModuleImport(filePath);
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    },
  };
}

/** The span of a file's YAML frontmatter, between its `---` fences, or undefined when it has none. */
function frontmatterSpan(code: string): { start: number; end: number } | undefined {
  const open = /^---\r?\n/.exec(code);
  if (!open) return undefined;
  const close = /^---\s*$/m.exec(code.slice(open[0].length));
  return close ? { start: open[0].length, end: open[0].length + close.index } : undefined;
}

/**
 * A Vite plugin, run before `@astrojs/mdx` compiles a body, that empties the frontmatter of the MDX files under
 * `roots` (the content root and the overlay in use), keeping each of its lines as an empty one so that the
 * compiler's line numbers stay those of the file. The compiler would parse it again only to export it from the
 * body's module, where nothing reads it (about 0.13 s a build). Starlight's own pages (`src/content/docs/`)
 * keep theirs.
 */
export function frontmatterFromCore(roots: (string | undefined)[]) {
  const folders = roots.filter((r) => r !== undefined).map((r) => resolve(r) + sep);
  return {
    name: 'llmsl:frontmatter-from-core',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const file = id.split('?')[0];
      if (!MDX.test(file) || !folders.some((f) => file.startsWith(f))) return undefined;
      const span = frontmatterSpan(code);
      if (!span) return undefined;
      return { code: code.slice(0, span.start) + code.slice(span.start, span.end).replace(/[^\n]/g, '') + code.slice(span.end), map: null };
    },
  };
}
