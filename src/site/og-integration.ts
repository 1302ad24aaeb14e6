/**
 * Astro integration: when the build starts, a background process draws every social card and figure into
 * the image cache (src/og/prerender.ts) while Astro bundles and renders the pages. An image endpoint
 * waits for its own image only (src/og/render.ts) and draws it itself if the process failed, so each
 * image is drawn once and the output never depends on timing. With OG_CACHE=0 the cache is a fresh
 * folder for this build only.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { PRERENDER_KEY, type El, type Prerendering } from '../og/render';

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

/** Runs one drawing process; `onDrawn` hears each image's cache key as it lands. Resolves to an error message, if any. */
function draw(file: string, first: number, step: number, onDrawn: (key: string) => void): Promise<string | undefined> {
  return new Promise((resolve) => {
    const args = [...(stripsTypes ? [] : ['--import', 'tsx']), join('src', 'og', 'prerender.ts'), file, String(first), String(step)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      if (child.pid !== undefined) setPriority(child.pid, NICE);
    } catch {
      // Not permitted here: the images are drawn at normal priority.
    }
    let out = '';
    child.stdout.on('data', (d) => {
      const lines = (out + String(d)).split('\n');
      out = lines.pop() ?? '';
      for (const key of lines) onDrawn(key);
    });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    child.on('error', (e) => resolve(`could not start: ${e.message}`));
    child.on('close', (code) => resolve(code === 0 ? undefined : `exit ${code}: ${err.slice(-1500)}`));
  });
}

/** Starts drawing `jobs` into the image cache; `dir` holds the job list the processes read. */
export function startPrerendering(jobs: { tree: El; size: { width: number; height: number } }[], dir: string, logger: AstroIntegrationLogger): Prerendering {
  const t0 = performance.now();
  const file = join(dir, 'jobs.json');
  writeFileSync(file, JSON.stringify(jobs));
  const drawn = new Set<string>();
  const waiting = new Map<string, () => void>();
  const onDrawn = (key: string) => {
    drawn.add(key);
    waiting.get(key)?.();
    waiting.delete(key);
  };
  // Process i draws jobs i, i + n, i + 2n…: together they follow the order in which the pages need them.
  const n = Math.max(1, Math.min(PARALLEL, jobs.length));
  const done = Promise.all(Array.from({ length: n }, (_, i) => draw(file, i, n, onDrawn))).then((results) => {
    const error = results.find((r) => r !== undefined);
    if (error) logger.warn(`image prerendering stopped (${error}); the endpoints draw the remaining images themselves.`);
    else logger.info(`${jobs.length} images drawn alongside the pages in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  });
  return {
    done,
    drawn: (key) => (drawn.has(key) ? Promise.resolve() : Promise.race([done, new Promise<void>((resolve) => waiting.set(key, resolve))])),
  };
}

export function ogPrerenderIntegration(jobs: () => { tree: El; size: { width: number; height: number } }[]): AstroIntegration {
  let work: string | undefined;
  let temp: string | undefined;
  const slot = globalThis as Record<string, unknown>;
  return {
    name: 'llmsl:og-prerender',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (process.env.OG_CACHE === '0') {
          temp = mkdtempSync(join(tmpdir(), 'llmsl-og-'));
          process.env.OG_CACHE_DIR = temp;
        }
        work = mkdtempSync(join(tmpdir(), 'llmsl-og-jobs-'));
        slot[PRERENDER_KEY] = startPrerendering(jobs(), work, logger);
      },
      'astro:build:done': async () => {
        await (slot[PRERENDER_KEY] as Prerendering | undefined)?.done;
        delete slot[PRERENDER_KEY];
        for (const d of [work, temp]) if (d) rmSync(d, { recursive: true, force: true });
      },
    },
  };
}
