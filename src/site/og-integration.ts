/**
 * Astro integration for the site's images (social cards, figure downloads; src/site/image-jobs.ts).
 * - Build: as soon as the configuration is set up, a background process draws every image into the image
 *   cache (src/og/prerender.ts) while Astro syncs, bundles and renders; when the pages are done, each image
 *   is copied from the cache to its file in the output, and any the process failed to draw is drawn here.
 *   Pages never wait for images, and each image is drawn once. With OG_CACHE=0 the cache is a fresh
 *   folder for this build only.
 * - Dev server: the same files are routes drawn on request (src/site/image-routes/).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { availableParallelism, setPriority, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cachedFile } from '../og/cache.ts';
import type { ImageJob } from '../og/tree.ts';

/**
 * Drawing processes: one core is left to Astro's main thread, the others draw, at most two. On the
 * 2-core machines this project builds on, one process measured faster than two (clean builds 0.90× and
 * 0.92× of the previous ones, and less CPU), as a second one only adds a start-up and competes for the
 * same idle core. Each process stays near 300 MB however many images it draws (src/og/prerender.ts).
 */
export const PARALLEL = Math.max(1, Math.min(2, availableParallelism() - 1));
/**
 * The lowest CPU priority: the processes start with the build and draw in the CPU time that Vite's
 * bundling and the page rendering leave idle, instead of slowing them down (at normal priority they
 * made the bundling step about twice as slow).
 */
const NICE = 19;

/**
 * Whether this Node runs TypeScript by stripping its types (by default from 22.18; undefined before 22.10):
 * the drawing process then starts without tsx; an older Node loads it through tsx.
 */
const stripsTypes = Boolean(process.features.typescript);

/** Runs one drawing process. Resolves to an error message, if any. */
function draw(file: string, first: number, step: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const args = [...(stripsTypes ? [] : ['--import', 'tsx']), join('src', 'og', 'prerender.ts'), file, String(first), String(step)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      if (child.pid !== undefined) setPriority(child.pid, NICE);
    } catch {
      // Not permitted here: the images are drawn at normal priority.
    }
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    child.on('error', (e) => resolve(`could not start: ${e.message}`));
    child.on('close', (code) => resolve(code === 0 ? undefined : `exit ${code}: ${err.slice(-1500)}`));
  });
}

/** Starts drawing `jobs` into the image cache; `dir` holds the job list the processes read. Settles when all have ended. */
export function startPrerendering(jobs: ImageJob[], dir: string, logger: AstroIntegrationLogger): Promise<void> {
  const t0 = performance.now();
  const file = join(dir, 'jobs.json');
  writeFileSync(file, JSON.stringify(jobs));
  // Process i draws jobs i, i + n, i + 2n…
  const n = Math.max(1, Math.min(PARALLEL, jobs.length));
  return Promise.all(Array.from({ length: n }, (_, i) => draw(file, i, n))).then((results) => {
    const error = results.find((r) => r !== undefined);
    if (error) logger.warn(`image prerendering stopped (${error}); the remaining images are drawn after the pages.`);
    else logger.info(`${jobs.length} images drawn alongside the pages in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  });
}

/** Copies each image from the cache to the output, drawing here any that is not in the cache. */
export async function writeImages(jobs: ImageJob[], out: string): Promise<number> {
  const keyed = jobs.map((j) => ({ ...j, target: join(out, j.file) }));
  for (const dir of new Set(keyed.map((j) => dirname(j.target)))) mkdirSync(dir, { recursive: true });
  const missing = keyed.filter((j) => !existsSync(cachedFile(j.key, j.format)));
  // Copied concurrently: file system calls can be slow right after the pages and search index are written.
  await Promise.all(keyed.filter((j) => !missing.includes(j)).map((j) => copyFile(cachedFile(j.key, j.format), j.target)));
  if (missing.length) {
    // Only when the drawing process failed: loads the renderer into this process.
    const { imageInCache } = await import('../og/render.ts');
    for (const j of missing) writeFileSync(j.target, await imageInCache(j.key, j.tree, j.size, j.format, j.svgKey));
  }
  return missing.length;
}

export function ogPrerenderIntegration(jobs: () => ImageJob[]): AstroIntegration {
  let work: string | undefined;
  let temp: string | undefined;
  let list: ImageJob[] = [];
  let drawing: Promise<void> | undefined;
  return {
    name: 'llmsl:og-prerender',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, logger }) => {
        if (command === 'build' && !drawing) {
          // Drawing starts here rather than at astro:build:start: the content sync and the type
          // generation that come between leave the second core idle for about a second.
          if (process.env.OG_CACHE === '0') {
            temp = mkdtempSync(join(tmpdir(), 'llmsl-og-'));
            process.env.OG_CACHE_DIR = temp;
          }
          work = mkdtempSync(join(tmpdir(), 'llmsl-og-jobs-'));
          list = jobs();
          drawing = startPrerendering(list, work, logger);
        }
        if (command !== 'dev') return;
        injectRoute({ pattern: '/og/[...path].png', entrypoint: './src/site/image-routes/og-card.png.ts', prerender: true });
        injectRoute({ pattern: '/figures/[name].png', entrypoint: './src/site/image-routes/figure.png.ts', prerender: true });
        injectRoute({ pattern: '/figures/[name].svg', entrypoint: './src/site/image-routes/figure.svg.ts', prerender: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await drawing;
        const drawnHere = await writeImages(list, fileURLToPath(dir));
        logger.info(`${list.length} images written${drawnHere ? ` (${drawnHere} drawn after the pages)` : ''}`);
        for (const d of [work, temp]) if (d) rmSync(d, { recursive: true, force: true });
      },
    },
  };
}
