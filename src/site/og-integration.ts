/**
 * Astro integration: when the build starts, short-lived processes draw every social card and figure
 * into the image cache (src/og/prerender.ts, one batch each) while Astro renders the pages. The image
 * endpoints wait for them before drawing anything still missing, so each image is drawn once and the
 * output never depends on timing. With OG_CACHE=0 the cache is a fresh folder for this build only.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { PRERENDER_KEY, type El } from '../og/render';
/** At most this many images per process: resvg holds about 3 MB per drawn image until its process exits. */
export const BATCH = 200;
/** Processes drawing at once: two, so both cores work when the page rendering waits for the images. */
export const PARALLEL = 2;

const [major, minor] = process.versions.node.split('.').map(Number);
/** Node runs TypeScript with its types stripped by default from 22.18 (and 23.6); older ones go through tsx. */
const stripsTypes = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);

function runBatch(file: string, from: number, to: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const args = [...(stripsTypes ? [] : ['--import', 'tsx']), join('src', 'og', 'prerender.ts'), file, String(from), String(to)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    child.on('exit', (code) => resolve(code === 0 ? undefined : `exit ${code}: ${err.slice(-1500)}`));
  });
}

async function prerender(jobs: { tree: El; size: { width: number; height: number } }[], dir: string, logger: AstroIntegrationLogger) {
  const file = join(dir, 'jobs.json');
  writeFileSync(file, JSON.stringify(jobs));
  // Small sites still split into one batch per parallel process; large ones into batches of BATCH.
  const size = Math.max(1, Math.min(BATCH, Math.ceil(jobs.length / PARALLEL)));
  const starts = Array.from({ length: Math.ceil(jobs.length / size) }, (_, i) => i * size);
  const errors: string[] = [];
  const worker = async () => {
    for (let from = starts.shift(); from !== undefined && errors.length === 0; from = starts.shift()) {
      const error = await runBatch(file, from, Math.min(jobs.length, from + size));
      if (error) errors.push(error);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (errors.length) return logger.warn(`image prerendering stopped (${errors[0]}); the endpoints draw the remaining images themselves.`);
  logger.info(`${jobs.length} images drawn alongside the pages`);
}

export function ogPrerenderIntegration(jobs: () => { tree: El; size: { width: number; height: number } }[]): AstroIntegration {
  let work: string | undefined;
  let temp: string | undefined;
  return {
    name: 'llmsl:og-prerender',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (process.env.OG_CACHE === '0') {
          temp = mkdtempSync(join(tmpdir(), 'llmsl-og-'));
          process.env.OG_CACHE_DIR = temp;
        }
        work = mkdtempSync(join(tmpdir(), 'llmsl-og-jobs-'));
        (globalThis as Record<string, unknown>)[PRERENDER_KEY] = prerender(jobs(), work, logger);
      },
      'astro:build:done': async () => {
        await (globalThis as Record<string, unknown>)[PRERENDER_KEY];
        delete (globalThis as Record<string, unknown>)[PRERENDER_KEY];
        for (const d of [work, temp]) if (d) rmSync(d, { recursive: true, force: true });
      },
    },
  };
}
