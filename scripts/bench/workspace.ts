/**
 * Temporary projects for the benchmark: a copy of this site (optionally with a synthetic 10× content
 * fork), and a plain Starlight site with the same pages and text. They live in `.bench/` inside this
 * project so that module resolution finds this project's node_modules (a symlinked node_modules
 * confuses Vite's compile cache).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
const tmpdir = () => (mkdirSync(join(ROOT, '.bench'), { recursive: true }), join(ROOT, '.bench'));

export function copyOfSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'llmsl-bench-site-'));
  for (const p of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  return dir;
}

/** Visible text of the <main> of a built page, as Markdown paragraphs. */
function mainText(html: string): { title: string; text: string } {
  const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/<[^>]+>/g, '').trim() ?? 'Page';
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  const text = main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    // Headings stay headings, so both sites carry the same heading anchors.
    .replace(/<h([2-4])[^>]*>([\s\S]*?)<\/h\1>/g, (_, n: string, inner: string) => `\n\n${'#'.repeat(Number(n))} ${inner.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()}\n\n`)
    .replace(/<\/(p|li|h[1-6]|tr|dd|dt)>/g, '\n\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/[{}<>]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n')
    .trim();
  return { title, text };
}

/**
 * A plain Starlight site with one MDX page per HTML page of `dist` (compiled by @astrojs/mdx, as our bodies
 * are), holding the same text, and a
 * sidebar with as many links as ours: the framework's floor for the same content.
 */
export function plainStarlight(dist: string, sidebarLinks: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'llmsl-bench-plain-'));
  const docs = join(dir, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  const pages: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const n of readdirSync(d, { withFileTypes: true })) {
      if (n.isDirectory() && !['_astro', 'pagefind', 's'].includes(n.name)) walk(join(d, n.name), rel ? `${rel}/${n.name}` : n.name);
      else if (n.name === 'index.html' && rel) pages.push(rel);
    }
  };
  walk(dist, '');
  pages.sort();
  for (const rel of pages) {
    const { title, text } = mainText(readFileSync(join(dist, rel, 'index.html'), 'utf8'));
    mkdirSync(join(docs, rel, '..'), { recursive: true });
    writeFileSync(join(docs, `${rel}.mdx`), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${text}\n`);
  }
  const { title, text } = mainText(readFileSync(join(dist, 'index.html'), 'utf8'));
  writeFileSync(join(docs, 'index.mdx'), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${text}\n`);
  const sidebar = pages.slice(0, sidebarLinks).map((p) => ({ label: p, link: `/${p}/` }));
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ trailingSlash: 'always', integrations: [starlight({ title: 'Plain', sidebar: ${JSON.stringify(sidebar)} })] });\n`);
  writeFileSync(join(dir, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`);
  // Astro decides what to bundle from the dependencies a project declares, so the twin declares ours.
  const { devDependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const deps = Object.fromEntries(['astro', '@astrojs/starlight', '@astrojs/mdx'].map((d) => [d, devDependencies[d]]));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'plain', type: 'module', private: true, dependencies: deps }, null, 2)}\n`);
  return dir;
}
