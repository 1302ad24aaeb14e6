/**
 * Short links and former addresses (src/model/urls.ts shortAliases) as redirect pages. A build writes them
 * as plain files: Astro would render each of the ~140 through its page pipeline for a few lines of HTML.
 * They are written in the background while Vite bundles (from astro:build:setup: not before
 * astro:build:start, when src/site/output-reuse.ts notes the previous build's files), so the build does
 * not wait for them after the pages; the build fails at the end if a write failed. No
 * redirect shares a path with a page (src/rules/duplicates.ts keeps former IDs retired). The search index
 * sees them but leaves them out, as they have no `data-pagefind-body`. The dev server gets them as Astro
 * redirects instead.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A page that sends the browser on at once (and tells crawlers the target is the real page). `robots` is
 * `noindex`, or `noindex, nofollow` in an internal build (src/model/internal.ts).
 */
export function redirectPage(from: string, to: string, site?: string, robots = 'noindex'): string {
  const t = escape(to);
  const canonical = escape(site ? new URL(to, site).href : to);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Redirecting to ${t}</title><meta http-equiv="refresh" content="0;url=${t}"><meta name="robots" content="${robots}"><link rel="canonical" href="${canonical}"></head><body><a href="${t}">Redirecting from <code>${escape(from)}</code> to <code>${t}</code></a></body></html>\n`;
}

/** `aliases`: source paths relative to the base (e.g. `s/2.4/`) and target paths including the base. */
export function redirectsIntegration(aliases: { from: string; to: string }[], opts: { base: string; site?: string; robots?: string }): AstroIntegration {
  const prefix = opts.base.replace(/\/$/, '');
  const write = (out: string) =>
    Promise.all(
      aliases.map(async ({ from, to }) => {
        const folder = join(out, from);
        await mkdir(folder, { recursive: true });
        await writeFile(join(folder, 'index.html'), redirectPage(`${prefix}/${from}`, to, opts.site, opts.robots));
      }),
    ).then(() => undefined);
  let outDir: string | undefined;
  /** The background write: settles with its error, if any, so that an early failure is reported at the end, not as an unhandled rejection. */
  let writing: Promise<unknown> | undefined;
  return {
    name: 'llmsl:redirects',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ redirects: Object.fromEntries(aliases.map(({ from, to }) => [`/${from}`, to])) });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Called once, just before Vite bundles.
      'astro:build:setup': () => {
        if (outDir) writing ??= write(outDir).then(() => undefined, (e: unknown) => e ?? new Error('redirect pages not written'));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const error = await (writing ?? write(fileURLToPath(dir)));
        if (error) throw error;
        logger.info(`${aliases.length} redirect pages written`);
      },
    },
  };
}
