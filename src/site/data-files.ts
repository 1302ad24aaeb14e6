/**
 * The files of `data/` (src/site/exchange.ts) in a build: written by this integration straight into the output
 * rather than rendered as Astro routes. As routes, the 80 or so files took about a second of the pages' main
 * thread: half a second or more for the workbook (now written in a worker thread), and Astro's work per route
 * (a request, the middleware, a response, a file) for files of a few kilobytes. They are written once the
 * pages are rendered (astro:build:generated), while the search index is built, and the build waits for them
 * at the end; the workbook, which the data page asks for while the pages render, is ready by then. A failed
 * write fails the build. The dev server gets the same files as routes (src/site/data-routes/data-file.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dataFiles, dataRoute } from './exchange.ts';

/** Writes every data file under `out`; returns how many. */
async function writeDataFiles(out: string): Promise<number> {
  const files = dataFiles();
  const folders = new Set<string>();
  for (const f of files) {
    const target = join(out, f.path);
    const folder = dirname(target);
    if (!folders.has(folder)) await mkdir(folder, { recursive: true });
    folders.add(folder);
    await writeFile(target, await f.bytes());
  }
  return files.length;
}

export function dataFilesIntegration(): AstroIntegration {
  /** The background write: settles with the count, or with its error, reported at the end rather than unhandled. */
  let writing: Promise<number | Error> | undefined;
  const start = (dir: URL) => (writing ??= writeDataFiles(fileURLToPath(dir)).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))));
  return {
    name: 'llmsl:data-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        for (const pattern of new Set(dataFiles().map((f) => dataRoute(f.path).pattern)))
          injectRoute({ pattern, entrypoint: './src/site/data-routes/data-file.ts', prerender: true });
      },
      'astro:build:generated': ({ dir }) => {
        void start(dir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const result = await start(dir);
        if (result instanceof Error) throw new Error(`data files not written: ${result.message}`, { cause: result });
        logger.info(`${result} data files written`);
      },
    },
  };
}
