/**
 * Astro integration: when the build starts, a second process draws every social card and figure into
 * the image cache (src/og/prerender.ts) while Astro renders the pages; when it ends, the build waits
 * for that process. The endpoints draw whatever is not in the cache yet, so the output never depends
 * on timing. With OG_CACHE=0 the cache is a fresh folder for this build only (a clean build).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

export function ogPrerenderIntegration(): AstroIntegration {
  let child: ChildProcess | undefined;
  let done: Promise<number | null> | undefined;
  let temp: string | undefined;
  return {
    name: 'llmsl:og-prerender',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (process.env.OG_CACHE === '0') {
          temp = mkdtempSync(join(tmpdir(), 'llmsl-og-'));
          process.env.OG_CACHE_DIR = temp;
        }
        child = spawn(process.execPath, ['--import', 'tsx', join('src', 'og', 'prerender.ts')], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
        let err = '';
        let out = '';
        child.stdout?.on('data', (d) => (out += String(d)));
        child.stderr?.on('data', (d) => (err += String(d)));
        done = new Promise((resolve) => child!.on('exit', (code) => {
          if (code !== 0) logger.warn(`image prerendering stopped (${code}); the endpoints draw the images themselves.\n${err.slice(-1500)}`);
          else logger.info(`${out.trim()} images drawn alongside the pages`);
          resolve(code);
        }));
      },
      'astro:build:done': async () => {
        await done;
        if (temp) rmSync(temp, { recursive: true, force: true });
      },
    },
  };
}
