/**
 * Astro integration for the site's images (social cards, figure downloads; src/site/image-jobs.ts).
 * - Build: a background process (src/og/prerender.ts), started first thing in astro.config.mjs, is handed
 *   every image once the configuration is set up and draws them while Astro syncs, bundles and renders.
 *   Once the output folder is ready (astro:build:setup, just before Vite bundles) the process is told where
 *   it is and writes each image to its file there. Not earlier: at astro:build:start
 *   src/site/output-reuse.ts notes the files the previous build left, and at the end removes those not
 *   written since, so an image written before would be removed. When the pages and the search index are
 *   done, the build waits for the process, then draws here any image that is still missing (if the
 *   process failed). Pages never wait for images, and each image is drawn once.
 *   The image cache (src/og/cache.ts) lets a rebuild skip unchanged images; with OG_CACHE=0 nothing is read
 *   from it or written to it.
 * - Dev server: the same files are routes drawn on request (src/site/image-routes/).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { DrawRequest } from '../og/prerender.ts';
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
 * resvg (a Rust library) allocates through mimalloc, which by default hands freed memory back to the
 * system after 10 ms. Each card's 3 MB canvas was then faulted in afresh, page by page: never handing it
 * back halves the drawing process's page faults and saves about 7% of its CPU time, at the same peak
 * memory (the same canvas is reused).
 */
const ALLOCATOR = { MIMALLOC_PURGE_DELAY: '-1' };

/**
 * Whether this Node runs TypeScript by stripping its types (by default from 22.18; undefined before 22.10):
 * the drawing process then starts without tsx; an older Node loads it through tsx.
 */
const stripsTypes = Boolean(process.features.typescript);

/** A drawing process: idle until it is sent its jobs (src/og/prerender.ts). */
export interface DrawingProcess {
  child: ChildProcess;
  /** Settles when the process has ended: with an error message, if it failed. */
  ended: Promise<string | undefined>;
  /** The files it reports having written into the output folder, once it has ended. */
  written: string[];
}

function spawnDrawingProcess(): DrawingProcess {
  const args = [...(stripsTypes ? [] : ['--import', 'tsx']), join('src', 'og', 'prerender.ts')];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced', env: { ...process.env, ...ALLOCATOR } });
  try {
    if (child.pid !== undefined) setPriority(child.pid, NICE);
  } catch {
    // Not permitted here: the images are drawn at normal priority.
  }
  let err = '';
  child.stderr?.on('data', (d) => (err += String(d)));
  const written: string[] = [];
  child.on('message', (m: { written?: string[] }) => written.push(...(m.written ?? [])));
  const ended = new Promise<string | undefined>((resolve) => {
    child.on('error', (e) => resolve(`could not start: ${e.message}`));
    child.on('close', (code) => resolve(code === 0 ? undefined : `exit ${code}: ${err.slice(-1500)}`));
  });
  return { child, ended, written };
}

/**
 * Starts the drawing processes before their jobs are known: astro.config.mjs does so first thing, and each
 * process loads Satori, resvg and the fonts (and warms them up) while the configuration reads the content.
 */
export const spawnDrawingProcesses = (n = PARALLEL): DrawingProcess[] => Array.from({ length: n }, spawnDrawingProcess);

/** Drawing processes at work: tell them where the output folder is, and wait for them. */
export interface Drawing {
  /** The output folder is ready: images go there from now on. Only the first call counts. */
  output(out: string): void;
  /** Settles when every process has ended, with the files they wrote. */
  ended: Promise<Set<string>>;
}

/** Hands `jobs` to drawing processes (new ones unless given); `cache`: read and fill the image cache. */
export function startDrawing(jobs: ImageJob[], cache: boolean, logger: AstroIntegrationLogger, processes = spawnDrawingProcesses()): Drawing {
  const t0 = performance.now();
  // Process i draws jobs i, i + n, i + 2n…
  processes.forEach(({ child }, first) => {
    if (child.connected) child.send({ jobs, first, step: processes.length, cache } satisfies DrawRequest);
  });
  let told = false;
  const ended = Promise.all(processes.map((p) => p.ended)).then((results) => {
    const error = results.find((r) => r !== undefined);
    if (error) logger.warn(`image prerendering stopped (${error}); the remaining images are drawn after the pages.`);
    else logger.info(`${jobs.length} images drawn alongside the pages in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return new Set(processes.flatMap((p) => p.written));
  });
  return {
    output(out) {
      if (told) return;
      told = true;
      for (const { child } of processes) if (child.connected) child.send({ out });
    },
    ended,
  };
}

/**
 * Draws here (through the cache when `cache`) every image the background processes did not report as
 * `written`, and writes it into the output folder. Returns how many. A file already in the folder does not
 * count: it may be the previous build's, which src/site/output-reuse.ts removes unless written again.
 */
export async function completeImages(jobs: ImageJob[], out: string, cache: boolean, written: ReadonlySet<string>): Promise<number> {
  const missing = jobs.filter((j) => !written.has(j.file));
  if (!missing.length) return 0;
  // Only when a drawing process failed: loads the renderer into this process.
  const draw = (await import('../og/render.ts')).jobDrawer(cache);
  for (const j of missing) {
    const target = join(out, j.file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await draw(j));
  }
  return missing.length;
}

/** `prestarted`: drawing processes astro.config.mjs started early for a build (stopped if the command is another). */
export function ogPrerenderIntegration(jobs: () => ImageJob[], prestarted?: DrawingProcess[]): AstroIntegration {
  let list: ImageJob[] = [];
  let drawing: Drawing | undefined;
  let outDir: string | undefined;
  const cache = process.env.OG_CACHE !== '0';
  return {
    name: 'llmsl:og-prerender',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, logger }) => {
        if (command === 'build' && !drawing) {
          // Drawing starts here rather than at astro:build:start: the content sync and the type
          // generation that come between leave the second core idle for about a second.
          list = jobs();
          drawing = startDrawing(list, cache, logger, prestarted);
        } else if (command !== 'build') for (const p of prestarted ?? []) p.child.kill();
        if (command !== 'dev') return;
        injectRoute({ pattern: '/og/[...path].png', entrypoint: './src/site/image-routes/og-card.png.ts', prerender: true });
        injectRoute({ pattern: '/figures/[name].png', entrypoint: './src/site/image-routes/figure.png.ts', prerender: true });
        injectRoute({ pattern: '/figures/[name].svg', entrypoint: './src/site/image-routes/figure.svg.ts', prerender: true });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Just before Vite bundles, after src/site/output-reuse.ts has noted the previous build's files.
      'astro:build:setup': () => {
        if (outDir) drawing?.output(outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        drawing?.output(out);
        const drawnHere = await completeImages(list, out, cache, (await drawing?.ended) ?? new Set());
        logger.info(`${list.length} images written${drawnHere ? ` (${drawnHere} drawn after the pages)` : ''}`);
      },
    },
  };
}
